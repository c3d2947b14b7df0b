import { useLoaderData } from "@remix-run/react";
import { Button, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { partnersListLoader } from "./partnerships.server";
import { PARTNERSHIP_WORDING, type PartnershipSide } from "./wording";

type Data = { side: PartnershipSide };
export const meta = govukMeta<Data>((data) => PARTNERSHIP_WORDING[data?.side ?? "school"].listTitle);
export const loader = partnersListLoader;

/** "Providers you work with" (school) / "Schools you work with" (provider). */
export default function PartnersListPage() {
  const { side, basePath, organisationName, partners } = useLoaderData<typeof loader>();
  const wording = PARTNERSHIP_WORDING[side];
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">{wording.listTitle}</h1>
      <p className="govuk-body">{wording.intro}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Button href={`${basePath}/new`}>{wording.add}</Button>
          {partners.length ? (
            <Table
              head={["Name", wording.referenceHeader]}
              rows={partners.map((p) => [
                <a key="name" className="govuk-link" href={`${basePath}/${p.id}`}>
                  {p.name}
                </a>,
                p.reference ?? "Not entered",
              ])}
            />
          ) : (
            <p className="govuk-body">{wording.empty(organisationName)}</p>
          )}
        </div>
      </div>
    </>
  );
}
