import { useLoaderData } from "@remix-run/react";
import { BackLink, SummaryList } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { partnerLoader } from "./partnerships.server";
import { PartnerSchoolTabs } from "./partner-school-tabs";
import { PARTNERSHIP_WORDING } from "./wording";

type Data = { partner: { name: string } };
export const meta = govukMeta<Data>((data) => data?.partner.name ?? "Partner");
export const loader = partnerLoader;

/** A partner's details, and the link to delete the partnership. A provider's partner school also has its placements. */
export default function PartnerPage() {
  const { side, basePath, partner, partnerPath } = useLoaderData<typeof loader>();
  const wording = PARTNERSHIP_WORDING[side];
  return (
    <>
      <BackLink href={basePath} />
      <h1 className="govuk-heading-l">{partner.name}</h1>
      {side === "provider" ? <PartnerSchoolTabs partnerPath={partnerPath} current="details" /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList rows={partner.rows.map(([key, value]) => ({ key, value }))} />
        </div>
      </div>
      <p className="govuk-body">
        <a className="govuk-link app-link--destructive" href={`${partnerPath}/remove`}>
          {wording.deleteLink}
        </a>
      </p>
    </>
  );
}
