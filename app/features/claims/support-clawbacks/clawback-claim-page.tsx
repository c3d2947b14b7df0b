import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, SummaryList, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { ClaimStatusTag } from "../status-tag";
import { SUPPORT_CLAIMS_PATH } from "../support-claims/paths";
import { clawbackClaimLoader } from "./clawbacks.server";
import { CLAWBACKS_PATH } from "./paths";
import { MentorClawbackTable } from "./mentor-clawback-table";

export const meta = govukMeta<{ claim: { reference: string | null } }>((d) => `Claim - ${d?.claim.reference ?? ""}`);
export const loader = clawbackClaimLoader;

/** One claim in the clawback cycle: the clawback by mentor, who requested and approved it, and the next step. */
export default function ClawbackClaimPage() {
  const { claim, me } = useLoaderData<typeof loader>();
  const base = `${CLAWBACKS_PATH}/${claim.id}`;
  const requestable = claim.status === "sampling_not_approved" || claim.status === "clawback_rejected";
  const editable = claim.status === "clawback_requires_approval" || claim.status === "clawback_rejected";
  const requested = claim.mentors.some((m) => m.hoursClawedBack !== null);
  return (
    <>
      <BackLink href={CLAWBACKS_PATH} />
      <FlashBanner />
      <span className="govuk-caption-l">{claim.schoolName}</span>
      <h1 className="govuk-heading-l">Claim - {claim.reference}</h1>
      <p className="govuk-body">
        <ClaimStatusTag status={claim.status} />
      </p>
      <SummaryList
        rows={[
          { key: "School", value: claim.schoolName },
          { key: "Accredited provider", value: claim.providerName ?? "" },
          { key: "Claim amount", value: claim.amountPence === null ? "" : formatPence(claim.amountPence) },
          ...(requested
            ? [
                { key: "Clawback amount", value: formatPence(claim.totalClawbackPence) },
                {
                  key: "Amount after clawback",
                  value: claim.amountAfterClawbackPence === null ? "" : formatPence(claim.amountAfterClawbackPence),
                },
              ]
            : []),
          ...(claim.requestedBy ? [{ key: "Clawback requested by", value: claim.requestedBy.name }] : []),
          ...(claim.approvedBy ? [{ key: "Clawback approved by", value: claim.approvedBy.name }] : []),
        ]}
      />
      <div className="govuk-button-group">
        {requestable ? <Button href={`${base}/request/new`}>Request clawback</Button> : null}
        {claim.status === "clawback_requires_approval" ? (
          <Button href={`${base}/approval/new`}>Approve clawback</Button>
        ) : null}
        <a className="govuk-link" href={`${SUPPORT_CLAIMS_PATH}/${claim.id}`}>
          View claim details
        </a>
      </div>
      {claim.status === "clawback_requires_approval" && claim.requestedBy?.id === me ? (
        <p className="govuk-body">You requested this clawback: another support user must approve it.</p>
      ) : null}
      {requested ? (
        <MentorClawbackTable
          rows={claim.mentors.map((m) => ({
            ...m,
            changeHref: editable ? `${base}/mentors/${m.mentorTrainingId}/edit` : null,
          }))}
          ratePence={claim.ratePence}
          totalPence={claim.totalClawbackPence}
        />
      ) : null}
      <Table
        caption="Comments by mentor"
        captionClassName="govuk-table__caption--m"
        head={["Mentor", "From", "Comment"]}
        rows={claim.mentors.flatMap((m) =>
          (
            [
              ["Provider", m.providerComment],
              ["School", m.schoolComment],
              ["Clawback", m.clawbackReason],
              ["Clawback approval", m.rejectionReason],
            ] as const
          )
            .filter(([, text]) => Boolean(text))
            .map(([by, text]) => [m.name, by, text ?? ""]),
        )}
      />
    </>
  );
}
