import { useLoaderData } from "@remix-run/react";
import { BackLink, Tag } from "~/components/govuk";
import { PlacementSummaryList } from "~/features/placements/placement-summary-list";
import { govukMeta } from "~/lib/page";
import { partnerSchoolPlacementLoader } from "./partner-school-placements.server";

type Data = { placement: { title: string } };
export const meta = govukMeta<Data>((data) => data?.placement.title ?? "Placement");
export const loader = partnerSchoolPlacementLoader;

/** One placement of a partner school, as the provider sees it ("Assigned to you", "Available", "Unavailable"). */
export default function PartnerSchoolPlacementPage() {
  const { placement, partnerPath } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={`${partnerPath}/placements`} />
      <span className="govuk-caption-l">{placement.school.name}</span>
      <h1 className="govuk-heading-l">{placement.title}</h1>
      <p className="govuk-body">
        <Tag colour={placement.statusTag.colour}>{placement.statusTag.text}</Tag>
      </p>
      <PlacementSummaryList placement={placement} showProvider={false} />
    </>
  );
}
