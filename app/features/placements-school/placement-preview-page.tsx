import { useLoaderData } from "@remix-run/react";
import { BackLink, NotificationBanner, SummaryList } from "~/components/govuk";
import { PlacementSummaryList } from "~/features/placements/placement-summary-list";
import { govukMeta } from "~/lib/page";
import { schoolPlacementLoader } from "./placement.server";

type Data = { placement: { title: string } };
export const meta = govukMeta<Data>((data) => `${data?.placement.title ?? "Placement"} – Preview`);
export const loader = schoolPlacementLoader;

/** The placement as a provider would see it: the placement, the school and its ITT placement contact. */
export default function PlacementPreviewPage() {
  const { placement, basePath } = useLoaderData<typeof loader>();
  const { school } = placement;
  const contact = school.schoolContact;
  return (
    <>
      <BackLink href={basePath} />
      <NotificationBanner title="Important">
        <p className="govuk-notification-banner__heading">
          This is a preview of how your placement will appear to providers.
        </p>
      </NotificationBanner>
      <span className="govuk-caption-l">{school.name}</span>
      <h1 className="govuk-heading-l">{placement.title}</h1>
      <h2 className="govuk-heading-m">Placement details</h2>
      <PlacementSummaryList placement={placement} showProvider={false} showMentors={false} />
      <h2 className="govuk-heading-m">Placement contact</h2>
      <SummaryList
        rows={[
          {
            key: "Name",
            value: contact
              ? [contact.firstName, contact.lastName].filter(Boolean).join(" ") || "Not entered"
              : "Not entered",
          },
          { key: "Email address", value: contact?.emailAddress ?? "Not entered" },
        ]}
      />
      <h2 className="govuk-heading-m">School details</h2>
      <SummaryList
        rows={[
          { key: "Phase", value: school.phase ?? "Not entered" },
          {
            key: "Address",
            value: [school.address1, school.town, school.postcode].filter(Boolean).join(", ") || "Not entered",
          },
          { key: "Telephone number", value: school.telephone ?? "Not entered" },
          { key: "Website", value: school.website ?? "Not entered" },
        ]}
      />
      <p className="govuk-body">
        <a className="govuk-link" href={basePath}>
          Back to placement
        </a>
      </p>
    </>
  );
}
