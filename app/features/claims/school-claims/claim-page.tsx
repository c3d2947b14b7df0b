import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, ButtonGroup, SummaryList, Table, WarningText } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { claimLoader } from "./claims.server";
import { ClaimStatusTag } from "../status-tag";

export const meta = govukMeta<{ claim: { reference: string | null } }>((d) => `Claim - ${d?.claim.reference ?? ""}`);
export const loader = claimLoader;

const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

export function ClaimSummary({
  claim,
  changeHref,
}: {
  claim: {
    schoolName: string;
    academicYearName: string | null;
    provider: { name: string } | null;
    mentors: { mentorId: string; name: string; hours: number }[];
    totalHours: number;
    ratePence: number;
    amountPence: number;
  };
  /** A step's Change link; null (or no function) for none. */
  changeHref?: (step: string) => string | null;
}) {
  const change = (step: string, what: string) => {
    const href = changeHref?.(step);
    return href ? [{ href, text: "Change", visuallyHiddenText: what }] : undefined;
  };
  return (
    <>
      <h2 className="govuk-heading-m">Details</h2>
      <SummaryList
        rows={[
          { key: "School", value: claim.schoolName },
          { key: "Academic year", value: claim.academicYearName ?? "Not known" },
          {
            key: "Accredited provider",
            value: claim.provider?.name ?? "Not entered",
            actions: change("provider", "accredited provider"),
          },
          {
            key: "Mentors",
            value: (
              <ul className="govuk-list">
                {claim.mentors.map((m) => (
                  <li key={m.mentorId}>{m.name}</li>
                ))}
              </ul>
            ),
            actions: change("mentors", "mentors"),
          },
        ]}
      />
      <h2 className="govuk-heading-m">Hours of training</h2>
      <SummaryList
        rows={claim.mentors.map((m) => ({
          key: m.name,
          value: hours(m.hours),
          actions: change(`hours-${m.mentorId}`, `hours for ${m.name}`),
        }))}
      />
      <h2 className="govuk-heading-m">Grant funding</h2>
      <SummaryList
        rows={[
          { key: "Total hours", value: hours(claim.totalHours) },
          { key: "Hourly rate", value: formatPence(claim.ratePence) },
          { key: "Claim amount", value: formatPence(claim.amountPence) },
        ]}
      />
    </>
  );
}

export default function ClaimPage() {
  const { schoolId, claim } = useLoaderData<typeof loader>();
  const base = `/claims/schools/${schoolId}/claims`;
  const changeHref = claim.canEdit
    ? (step: string) => `${base}/${claim.id}/edit?step=${encodeURIComponent(step)}`
    : undefined;
  return (
    <>
      <BackLink href={base} />
      <FlashBanner />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{claim.schoolName}</span>
          <h1 className="govuk-heading-l">Claim - {claim.reference}</h1>
          <p className="govuk-body">
            <ClaimStatusTag status={claim.status} />
          </p>
          {claim.submittedAt && claim.submittedBy ? (
            <p className="govuk-body">
              Submitted by {claim.submittedBy.name} on {formatDate(claim.submittedAt)}.
            </p>
          ) : null}
          {claim.status === "invalid_provider" ? (
            <WarningText>
              {claim.provider?.name ?? "The provider"} is no longer an accredited provider.{" "}
              {claim.canChangeProvider ? (
                <>
                  <a className="govuk-link" href={`${base}/${claim.id}/invalid-provider`}>
                    Change the accredited provider
                  </a>{" "}
                  and submit the claim.
                </>
              ) : (
                "The user who added the claim must change the accredited provider."
              )}
            </WarningText>
          ) : null}
          {claim.status === "draft" && claim.createdBySupport ? (
            <p className="govuk-body">This claim was added by the support team. Check it and submit it.</p>
          ) : null}
          <ClaimSummary claim={claim} changeHref={changeHref} />
          {claim.canSubmit || claim.canRemove ? (
            <ButtonGroup>
              {claim.canSubmit ? <Button href={`${base}/${claim.id}/submit`}>Submit claim</Button> : null}
              {claim.canRemove ? (
                <a className="govuk-link app-link--destructive" href={`${base}/${claim.id}/remove`}>
                  Remove claim
                </a>
              ) : null}
            </ButtonGroup>
          ) : null}
          {claim.revisions.length ? (
            <>
              <h2 className="govuk-heading-m">Previous versions</h2>
              <Table
                caption="Earlier versions of this claim, newest first"
                captionClassName="govuk-table__caption--s"
                head={["Replaced on", "Accredited provider", "Mentors and hours", "Amount"]}
                rows={claim.revisions.map((r) => [
                  formatDate(r.savedAt),
                  r.providerName ?? "",
                  <ul key="m" className="govuk-list">
                    {r.mentors.map((m, i) => (
                      <li key={i}>
                        {m.name}: {hours(m.hours)}
                      </li>
                    ))}
                  </ul>,
                  formatPence(r.amountPence),
                ])}
              />
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}
