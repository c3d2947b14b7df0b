import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, Pagination, SummaryList, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatDate, formatDateTime, formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimSummary } from "../school-claims/claim-page";
import { ClaimStatusTag } from "../status-tag";
import { SUPPORT_CLAIMS_PATH } from "./paths";
import { supportClaimLoader } from "./support-claims.server";

export const meta = govukMeta<{ claim: { reference: string | null } }>((d) => `Claim - ${d?.claim.reference ?? ""}`);
export const loader = supportClaimLoader;

const CLAWBACK_STATUSES = new Set([
  "sampling_not_approved",
  "clawback_requires_approval",
  "clawback_rejected",
  "clawback_requested",
  "clawback_in_progress",
  "clawback_complete",
]);

const hours = (n: number) => `${n} ${n === 1 ? "hour" : "hours"}`;

/** The support view of one claim: details, revisions, responses, support details and its activity log. */
export default function SupportClaimPage() {
  const { claim, activity } = useLoaderData<typeof loader>();
  const base = `${SUPPORT_CLAIMS_PATH}/${claim.id}`;
  const totalPages = Math.max(1, Math.ceil(activity.total / activity.perPage));
  return (
    <>
      <BackLink href={SUPPORT_CLAIMS_PATH} />
      <FlashBanner />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{claim.schoolName}</span>
          <h1 className="govuk-heading-l">Claim - {claim.reference}</h1>
          <p className="govuk-body">
            <ClaimStatusTag status={claim.status} />
          </p>
          <SummaryList
            rows={[
              {
                key: "Submitted",
                value: claim.submittedAt
                  ? `${formatDate(claim.submittedAt)}${claim.submittedBy ? ` by ${claim.submittedBy.name}` : ""}`
                  : "Not submitted",
              },
              ...(claim.paymentInProgressAt
                ? [{ key: "Sent to payer", value: formatDate(claim.paymentInProgressAt) }]
                : []),
              ...(claim.unpaidReason ? [{ key: "Payer’s reason", value: claim.unpaidReason }] : []),
              ...(claim.samplingReason ? [{ key: "Audit reason", value: claim.samplingReason }] : []),
            ]}
          />
          {claim.status === "payment_information_requested" || claim.status === "payment_information_sent" ? (
            <div className="govuk-button-group">
              {claim.status === "payment_information_requested" ? (
                <Button href={`${base}/payment/information-sent`}>Information sent</Button>
              ) : (
                <Button href={`${base}/payment/paid`}>Paid</Button>
              )}
              <Button variant="secondary" href={`${base}/payment/reject`}>
                Reject
              </Button>
            </div>
          ) : null}
          {claim.status === "sampling_in_progress" || claim.status === "sampling_provider_not_approved" ? (
            <div className="govuk-button-group">
              <Button href={`${base}/audit/approve`}>Approve</Button>
              {claim.status === "sampling_in_progress" ? (
                <Button variant="secondary" href={`${base}/audit/provider-rejected`}>
                  Confirm provider rejected
                </Button>
              ) : (
                <Button variant="warning" href={`${base}/audit/reject`}>
                  Reject claim
                </Button>
              )}
            </div>
          ) : null}
          {CLAWBACK_STATUSES.has(claim.status) ? (
            <div className="govuk-button-group">
              {claim.status === "sampling_not_approved" || claim.status === "clawback_rejected" ? (
                <Button href={`${SUPPORT_CLAIMS_PATH}/clawbacks/${claim.id}/request/new`}>Request clawback</Button>
              ) : null}
              <a className="govuk-link" href={`${SUPPORT_CLAIMS_PATH}/clawbacks/${claim.id}`}>
                View clawback
              </a>
            </div>
          ) : null}
          <p className="govuk-body">
            <a className="govuk-link" href={`/claims/schools/${claim.schoolId}/claims/${claim.id}`}>
              View the claim as the school sees it
            </a>
          </p>
          <ClaimSummary claim={claim} />

          <h2 className="govuk-heading-m">Support details</h2>
          <SummaryList
            rows={[
              {
                key: "Support user",
                value: claim.supportUser?.name ?? "Unassigned",
                actions: [
                  {
                    href: `${base}/support-user`,
                    text: claim.supportUser ? "Change" : "Assign",
                    visuallyHiddenText: "support user",
                  },
                ],
              },
              {
                key: "Zendesk ticket",
                value: claim.zendeskUrl ? (
                  <a className="govuk-link" href={claim.zendeskUrl} rel="noreferrer noopener" target="_blank">
                    {claim.zendeskUrl} (opens in new tab)
                  </a>
                ) : (
                  "None"
                ),
                actions: [
                  {
                    href: `${base}/zendesk`,
                    text: claim.zendeskUrl ? "Change" : "Add",
                    visuallyHiddenText: "Zendesk URL",
                  },
                ],
              },
            ]}
          />

          {claim.responses.length > 0 ? (
            <>
              <h2 className="govuk-heading-m">Responses</h2>
              <Table
                head={["Mentor", "From", "Response"]}
                rows={claim.responses.map((r) => [r.mentor, r.by, r.text])}
              />
            </>
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

          <h2 className="govuk-heading-m" id="activity-log">
            Activity log
          </h2>
          {activity.activities.length === 0 ? (
            <p className="govuk-body">There is no activity for this claim yet.</p>
          ) : (
            <Table
              head={["Date", "Activity", "By"]}
              rows={activity.activities.map((a) => [
                formatDateTime(a.createdAt),
                <a key="a" className="govuk-link" href={`${SUPPORT_CLAIMS_PATH}/activity/${a.id}`}>
                  {a.title}
                </a>,
                a.by,
              ])}
            />
          )}
          <Pagination
            currentPage={activity.page}
            totalPages={totalPages}
            hrefForPage={(n) => `${base}?page=${n}#activity-log`}
          />
        </div>
      </div>
    </>
  );
}
