import { useLoaderData } from "@remix-run/react";
import { BackLink } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { approvalStartLoader } from "./clawbacks.server";
import { CLAWBACKS_PATH } from "./paths";

export const loader = approvalStartLoader;
export const meta = govukMeta("You cannot approve this clawback");

/** Shown to the support user who requested the clawback (the loader starts the wizard for anyone else). */
export default function ApproveClawbackRefusedPage() {
  const { claim } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink href={`${CLAWBACKS_PATH}/${claim.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">You cannot approve this clawback</h1>
          <p className="govuk-body">
            You requested the clawback for claim {claim.reference}. Another support user must approve it.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={`${CLAWBACKS_PATH}/${claim.id}`}>
              Back to the claim
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
