import { useLoaderData } from "@remix-run/react";
import { BackLink, SummaryList } from "~/components/govuk";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { providerClaimLoader } from "./provider-portal.server";
import { ProviderClaimStatusTag } from "./provider-status-tag";

export const meta = govukMeta<{ claim: { reference: string | null } }>((d) => `Claim - ${d?.claim.reference ?? ""}`);
export const loader = providerClaimLoader;

const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

export default function ProviderClaimPage() {
  const { provider, claim } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={`/claims/providers/${provider.id}/claims`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{claim.schoolName}</span>
          <h1 className="govuk-heading-l">Claim - {claim.reference}</h1>
          <p className="govuk-body">
            <ProviderClaimStatusTag status={claim.status} />
          </p>
          {claim.submittedAt ? <p className="govuk-body">Submitted on {formatDate(claim.submittedAt)}.</p> : null}
          <h2 className="govuk-heading-m">Details</h2>
          <SummaryList
            rows={[
              { key: "School", value: claim.schoolName },
              { key: "URN", value: claim.schoolUrn ?? "Not known" },
              { key: "Academic year", value: claim.academicYearName ?? "Not known" },
              { key: "Accredited provider", value: claim.providerName ?? provider.name },
              {
                key: "Mentors",
                value: (
                  <ul className="govuk-list">
                    {claim.mentors.map((m) => (
                      <li key={m.mentorId}>{m.name}</li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
          <h2 className="govuk-heading-m">Hours of training</h2>
          <SummaryList
            rows={claim.mentors.map((m) => ({
              key: m.name,
              value: (
                <>
                  {hours(m.hours)}
                  {m.notAssured ? (
                    <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      Not assured: {m.reasonNotAssured ?? "No reason given"}
                    </p>
                  ) : null}
                </>
              ),
            }))}
          />
          <h2 className="govuk-heading-m">Grant funding</h2>
          <SummaryList
            rows={[
              { key: "Total hours", value: hours(claim.totalHours) },
              { key: "Claim amount", value: formatPence(claim.amountPence) },
            ]}
          />
        </div>
      </div>
    </>
  );
}
