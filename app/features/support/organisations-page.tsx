import { useLoaderData } from "@remix-run/react";
import { Button, Checkboxes, ListedLimitNote, Pagination, Table } from "~/components/govuk";
import { AutocompleteField } from "~/components/forms/AutocompleteField";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { organisationsLoader } from "./console.server";

export const meta = govukMeta<{ total: number }>((data) => `Organisations (${data?.total ?? 0})`);
export const loader = organisationsLoader;

/** The placements list's type filter (schools, providers by type). */
const TYPE_LABELS = { school: "School", scitt: "SCITT", lead_school: "Lead school", university: "University" };

/** A row of the list, made from its item alone (the table keeps its HTML). */
function organisationRow(org: { href: string; name: string; detail: string; postcode: string }) {
  return [
    <a key="name" className="govuk-link" href={org.href}>
      {org.name}
    </a>,
    org.detail,
    org.postcode,
  ];
}

export default function OrganisationsPage() {
  const { service, query, types, items, total, page, totalPages, listedLimit } = useLoaderData<typeof loader>();
  const isClaims = service === "claims";
  const listPath = isClaims ? "/claims/support/schools" : "/placements/support/organisations";
  const hrefFor = (org: { id: string }) =>
    isClaims ? `/claims/schools/${org.id}/claims` : `/placements/support/organisations/${org.id}`;
  const pageHref = (n: number) => {
    const params = new URLSearchParams(query ? { query } : {});
    for (const type of types) params.append("filters", type);
    params.set("page", String(n));
    return `${listPath}?${params}`;
  };
  const filtered = Boolean(query) || types.length > 0;
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Organisations ({total})</h1>
      <div className="govuk-button-group">
        <Button href={isClaims ? "/claims/support/schools/new" : "/placements/support/organisations/new"}>
          Add organisation
        </Button>
        {isClaims ? (
          <Button variant="secondary" href="/claims/support/organisations/new">
            Add organisation without a URN
          </Button>
        ) : null}
      </div>
      <form method="get" action={listPath} role="search">
        <AutocompleteField
          name="query"
          suggestions={{ service: isClaims ? "claims" : "placements", list: "organisations" }}
          label={isClaims ? "Search by organisation name, URN or postcode" : "Search by organisation name or postcode"}
          labelClassName="govuk-label--s"
          defaultValue={query}
          className="govuk-!-width-one-half"
        />
        {isClaims ? null : (
          <Checkboxes
            name="filters"
            legend="Organisation type"
            legendClassName="govuk-fieldset__legend--s"
            small
            values={types}
            items={Object.entries(TYPE_LABELS).map(([value, text]) => ({ value, text }))}
          />
        )}
        <div className="govuk-button-group">
          <Button variant="secondary">Search</Button>
          {filtered ? (
            <a className="govuk-link" href={listPath}>
              {isClaims ? "Clear search" : "Clear filters"}
            </a>
          ) : null}
        </div>
      </form>
      {items.length === 0 ? (
        <p className="govuk-body">No organisations found</p>
      ) : (
        <Table
          head={["Name", isClaims ? "URN" : "Type", "Postcode"]}
          cachedRows={{
            name: "support organisations",
            items: items.map((org) => ({
              href: hrefFor(org),
              name: org.name,
              detail: isClaims
                ? (org.urn ?? "")
                : TYPE_LABELS[(org.providerType ?? "school") as keyof typeof TYPE_LABELS],
              postcode: org.postcode ?? "",
            })),
            cells: organisationRow,
          }}
        />
      )}
      <Pagination currentPage={page} totalPages={totalPages} hrefForPage={pageHref} />
      <ListedLimitNote
        page={page}
        totalPages={totalPages}
        listedLimit={listedLimit}
        noun="organisations"
        hint="Search to find the others."
      />
    </>
  );
}
