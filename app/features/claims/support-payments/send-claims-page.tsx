import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import {
  BackLink,
  ErrorSummary,
  FormActions,
  Radios,
  SummaryList,
  WarningText,
  errorSummaryItems,
} from "~/components/govuk";
import { formatDate } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { PAYMENTS_PATH } from "./paths";
import { sendStepAction, sendStepLoader } from "./payments.server";

export const loader = sendStepLoader;
export const action = sendStepAction;
export const meta = govukMeta<{ step: string }>((d) =>
  d?.step === "claim-window" ? "Select a claim window" : "Check your answers",
);

const windowText = (w: { startsOn: string; endsOn: string; current: boolean }) =>
  `${formatDate(w.startsOn)} to ${formatDate(w.endsOn)}${w.current ? " (current)" : ""}`;

/** "Send claims to payer": choose a claim window, check, confirm. */
export default function SendClaimsPage() {
  const data = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["claimWindowId"])} />
          <span className="govuk-caption-l">Send claims to payer</span>
          {data.step === "claim-window" ? (
            data.windows.length === 0 ? (
              <>
                <h1 className="govuk-heading-l">There are no claims to send</h1>
                <p className="govuk-body">No claim window has submitted claims waiting to be sent to the payer.</p>
                <p className="govuk-body">
                  <a className="govuk-link" href={PAYMENTS_PATH}>
                    Back to payments
                  </a>
                </p>
              </>
            ) : (
              <PostForm>
                <Radios
                  name="claimWindowId"
                  legend="Select a claim window"
                  isPageHeading
                  legendClassName="govuk-fieldset__legend--l"
                  items={data.windows.map((w) => ({
                    value: w.id,
                    text: windowText(w),
                    hint: `${w.academicYearName}: ${w.submittedCount} submitted ${w.submittedCount === 1 ? "claim" : "claims"}`,
                  }))}
                  value={data.claimWindowId}
                  error={errors.claimWindowId}
                />
                <FormActions cancelHref={PAYMENTS_PATH}>Continue</FormActions>
              </PostForm>
            )
          ) : (
            <>
              <h1 className="govuk-heading-l">Check your answers</h1>
              <SummaryList
                rows={[
                  {
                    key: "Claim window",
                    value: data.chosen ? windowText(data.chosen) : "No submitted claims",
                    actions: [{ href: data.changeHref, text: "Change", visuallyHiddenText: "claim window" }],
                  },
                  { key: "Claims to send", value: String(data.chosen?.submittedCount ?? 0) },
                ]}
              />
              <WarningText>
                The submitted claims of this window will be sent to the payer for payment. This action cannot be undone.
              </WarningText>
              <PostForm>
                <FormActions cancelHref={PAYMENTS_PATH} preventDoubleClick>
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
