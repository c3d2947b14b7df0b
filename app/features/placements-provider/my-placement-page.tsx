import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/govuk";
import { PlacementSummaryList } from "~/features/placements/placement-summary-list";
import { govukMeta } from "~/lib/page";
import { myPlacementLoader } from "./my-placements.server";

type Data = { placement: { title: string } };
export const meta = govukMeta<Data>((data) => data?.placement.title ?? "Placement");
export const loader = myPlacementLoader;

/** One placement assigned to the provider: its school and details. */
export default function MyPlacementPage() {
  const { providerId, placement } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={`/placements/providers/${providerId}/placements`} />
      <span className="govuk-caption-l">{placement.school.name}</span>
      <h1 className="govuk-heading-l">{placement.title}</h1>
      <PlacementSummaryList placement={placement} showProvider={false} />
      <h2 className="govuk-heading-m">School contact</h2>
      <p className="govuk-body">
        {placement.school.schoolContact
          ? `${placement.school.schoolContact.firstName} ${placement.school.schoolContact.lastName}, ${placement.school.schoolContact.emailAddress}`
          : "Not entered"}
      </p>
    </>
  );
}
