import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import {
  BackLink,
  ErrorSummary,
  FormActions,
  SummaryList,
  TextInput,
  Textarea,
  WarningText,
  errorSummaryItems,
} from "~/components/govuk";
import { formatPence } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { requestStepAction, requestStepLoader } from "./clawbacks.server";
import { NO_CLAWBACK_STEP } from "./paths";
import { MentorClawbackTable } from "./mentor-clawback-table";

export const loader = requestStepLoader;
export const action = requestStepAction;
export const meta = govukMeta<{ step: string; mentor: { name: string } | null }>((d) =>
  d?.mentor ? d.mentor.name : d?.step === NO_CLAWBACK_STEP ? "No clawback required" : "Check your answers",
);

/** One mentor's clawback: the hours the mentor worked (0 to the hours claimed) and the reason. */
export function MentorClawbackFields({
  mentor,
}: {
  mentor: {
    hoursClaimed: number;
    hoursWorked: number | null;
    clawbackReason: string | null;
    providerComment: string | null;
    schoolComment: string | null;
  };
}) {
  const { errors, values } = useFormState();
  return (
    <>
      <ErrorSummary errors={errorSummaryItems(errors, ["hoursWorked", "reason"])} />
      <SummaryList
        rows={[
          { key: "Hours claimed", value: String(mentor.hoursClaimed) },
          { key: "Provider’s comment", value: mentor.providerComment ?? "None" },
          { key: "School’s response", value: mentor.schoolComment ?? "None" },
        ]}
      />
      <TextInput
        name="hoursWorked"
        label="Number of hours the mentor worked"
        labelClassName="govuk-label--s"
        hint={`Enter a number between 0 and ${mentor.hoursClaimed}. The rest of the hours claimed will be clawed back.`}
        className="govuk-input--width-3"
        inputMode="numeric"
        defaultValue={values.hoursWorked ?? (mentor.hoursWorked === null ? "" : String(mentor.hoursWorked))}
        error={errors.hoursWorked}
      />
      <Textarea
        name="reason"
        label="Explain your decision"
        labelClassName="govuk-label--s"
        defaultValue={values.reason ?? mentor.clawbackReason ?? ""}
        error={errors.reason}
      />
    </>
  );
}

/** Request clawback wizard: a step per not-assured mentor, then the check page (or "no clawback required"). */
export default function RequestClawbackPage() {
  const data = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const caption = <span className="govuk-caption-l">Request clawback - Claim {data.claim.reference}</span>;
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className={data.mentor ? "govuk-grid-column-two-thirds" : "govuk-grid-column-full"}>
          {data.mentor ? (
            <PostForm>
              {caption}
              <h1 className="govuk-heading-l">{data.mentor.name}</h1>
              <MentorClawbackFields mentor={data.mentor} />
              <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
            </PostForm>
          ) : data.step === NO_CLAWBACK_STEP ? (
            <>
              <ErrorSummary errors={errorSummaryItems(errors, [])} />
              {caption}
              <h1 className="govuk-heading-l">No clawback required</h1>
              <p className="govuk-body">
                Every mentor worked the hours claimed, so no funding will be taken back. The claim will be marked as
                paid.
              </p>
              <PostForm>
                <FormActions cancelHref={data.cancelHref} preventDoubleClick>
                  Confirm
                </FormActions>
              </PostForm>
            </>
          ) : (
            <>
              <ErrorSummary errors={errorSummaryItems(errors, [])} />
              {caption}
              <h1 className="govuk-heading-l">Check your answers</h1>
              <MentorClawbackTable rows={data.rows} ratePence={data.claim.ratePence} totalPence={data.totalPence} />
              <SummaryList
                rows={[
                  ...(data.claim.amountPence === null
                    ? []
                    : [
                        { key: "Claim amount", value: formatPence(data.claim.amountPence) },
                        { key: "Amount after clawback", value: formatPence(data.claim.amountPence - data.totalPence) },
                      ]),
                  ...data.rows.map((r) => ({
                    key: `Reason for ${r.name}`,
                    value: r.clawbackReason ?? "",
                    actions: [{ href: r.changeHref, text: "Change", visuallyHiddenText: `reason for ${r.name}` }],
                  })),
                ]}
              />
              <WarningText>Another support user must approve the clawback before it is sent to the payer.</WarningText>
              <PostForm>
                <FormActions cancelHref={data.cancelHref} preventDoubleClick>
                  Request clawback
                </FormActions>
              </PostForm>
            </>
          )}
        </div>
      </div>
    </>
  );
}
