import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, ErrorSummary, FormActions, errorSummaryItems } from "~/components/govuk";
import { govukMeta, useFormState } from "~/lib/page";
import { paymentActionAction, paymentActionLoader } from "./payments.server";

export const loader = paymentActionLoader;
export const action = paymentActionAction;

const COPY = {
  "information-sent": {
    title: "Confirm you have sent the information to the payer",
    body: "The claim will show as ‘Information sent to payer’.",
    button: "Confirm information sent",
  },
  paid: {
    title: "Confirm the payer has paid the claim",
    body: "The claim will show as ‘Paid’.",
    button: "Confirm claim paid",
  },
  reject: {
    title: "Confirm the payer has rejected the claim",
    body: "The claim will show as ‘Rejected by payer’. This cannot be undone.",
    button: "Reject claim",
  },
} as const;

export const meta = govukMeta<{ action: keyof typeof COPY }>((d) => (d ? COPY[d.action].title : "Confirm"));

/** Confirmation page of a manual payment step (information sent, paid, reject). */
export default function PaymentActionPage() {
  const { claim, action: step } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const copy = COPY[step];
  const back = `/claims/support/claims/${claim.id}`;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors)} />
          <span className="govuk-caption-l">
            Claim - {claim.reference} - {claim.schoolName}
          </span>
          <h1 className="govuk-heading-l">{copy.title}</h1>
          <p className="govuk-body">{copy.body}</p>
          <PostForm>
            <FormActions cancelHref={back} variant={step === "reject" ? "warning" : undefined} preventDoubleClick>
              {copy.button}
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
