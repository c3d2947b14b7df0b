import { useLoaderData } from "@remix-run/react";
import { Button, Checkboxes, SummaryList, TextInput } from "~/components/govuk";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { providerClaimsLoader } from "./provider-portal.server";
import { ProviderClaimStatusTag } from "./provider-status-tag";

export const meta = govukMeta("Claims");
export const loader = providerClaimsLoader;

/**
 * The provider's claims (reference /providers/:id/claims): cards, with a school filter. The filter is a GET form:
 * "Search" narrows the school checkboxes without JavaScript; "Apply filters" filters the claims.
 */
export default function ProviderClaimsPage() {
  const { provider, claims, schoolOptions, selectedSchools, schoolSearch, selectedSchoolIds } =
    useLoaderData<typeof loader>();
  const base = `/claims/providers/${provider.id}/claims`;
  const filtered = selectedSchoolIds.length > 0;
  return (
    <>
      <span className="govuk-caption-l">{provider.name}</span>
      <h1 className="govuk-heading-l">Claims</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form method="get" action={base} aria-label="Filter claims">
            <h2 className="govuk-heading-m">Filter</h2>
            {filtered ? (
              <>
                <h3 className="govuk-heading-s">Selected filters</h3>
                <ul className="govuk-list" aria-label="Selected schools">
                  {selectedSchools.map((s) => (
                    <li key={s.id}>{s.name}</li>
                  ))}
                </ul>
                <p className="govuk-body">
                  <a className="govuk-link" href={base}>
                    Clear filters
                  </a>
                </p>
              </>
            ) : null}
            <TextInput
              name="schoolSearch"
              label="Search for a school"
              labelClassName="govuk-label--s"
              hint="Name, URN or postcode"
              defaultValue={schoolSearch}
            />
            <Button variant="secondary" name="search" value="1">
              Search
            </Button>
            {schoolOptions.length === 0 ? (
              <p className="govuk-body">No schools match your search.</p>
            ) : (
              <Checkboxes
                name="schoolId"
                legend="School"
                legendClassName="govuk-fieldset__legend--s"
                small
                values={selectedSchoolIds}
                items={schoolOptions.map((s) => ({ value: s.id, text: s.name }))}
              />
            )}
            <Button>Apply filters</Button>
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">
            {claims.length} {claims.length === 1 ? "claim" : "claims"}
          </h2>
          {claims.length === 0 ? (
            <p className="govuk-body">
              {filtered
                ? "There are no claims for the schools you selected."
                : "There are no claims for you to check. Claims appear here when they are audited or paid."}
            </p>
          ) : (
            claims.map((c) => (
              <SummaryList
                key={c.id}
                card={{
                  title: (
                    <a className="govuk-link" href={`${base}/${c.id}`}>
                      {c.reference ?? "No reference"} - {c.school.name}
                    </a>
                  ),
                }}
                rows={[
                  { key: "Status", value: <ProviderClaimStatusTag status={c.status} /> },
                  { key: "Academic year", value: c.academicYearName ?? "Not known" },
                  {
                    key: "Mentors",
                    value: (
                      <ul className="govuk-list">
                        {c.mentors.map((m, i) => (
                          <li key={i}>{m}</li>
                        ))}
                      </ul>
                    ),
                  },
                  { key: "Date submitted", value: c.submittedAt ? formatDate(c.submittedAt) : "-" },
                  { key: "Claim amount", value: formatPence(c.amountPence) },
                ]}
              />
            ))
          )}
        </div>
      </div>
    </>
  );
}
