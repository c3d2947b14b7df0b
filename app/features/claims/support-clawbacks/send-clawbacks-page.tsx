import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, ErrorSummary, FormActions, WarningText, errorSummaryItems } from "~/components/govuk";
import { govukMeta, useFormState } from "~/lib/page";
import { sendAction, sendLoader } from "./clawbacks.server";
import { CLAWBACKS_PATH } from "./paths";

export const loader = sendLoader;
export const action = sendAction;
export const meta = govukMeta<{ readyToSend: number }>((d) =>
  d?.readyToSend ? "Send claims to payer" : "You cannot send claims to the payer",
);

/** "Send claims to payer" for clawback: every claim ready for clawback goes at once. */
export default function SendClawbacksPage() {
  const { readyToSend } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const n = readyToSend;
  return (
    <>
      <BackLink href={CLAWBACKS_PATH} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, [])} />
          {n === 0 ? (
            <>
              <h1 className="govuk-heading-l">You cannot send claims to the payer</h1>
              <p className="govuk-body">There are no claims ready for clawback.</p>
              <p className="govuk-body">
                <a className="govuk-link" href={CLAWBACKS_PATH}>
                  Back to clawbacks
                </a>
              </p>
            </>
          ) : (
            <>
              <span className="govuk-caption-l">Clawbacks</span>
              <h1 className="govuk-heading-l">Send claims to payer</h1>
              <p className="govuk-body">
                There {n === 1 ? "is 1 claim" : `are ${n} claims`} included in this submission. The payer will be
                e-mailed a link to download a CSV file of the claims and the amounts to claw back.
              </p>
              <WarningText>This action cannot be undone.</WarningText>
              <PostForm>
                <FormActions cancelHref={CLAWBACKS_PATH} preventDoubleClick>
                  Send claims
                </FormActions>
              </PostForm>
            </>
          )}
        </div>
      </div>
    </>
  );
}
