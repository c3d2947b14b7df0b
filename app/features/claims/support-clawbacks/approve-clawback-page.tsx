import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import {
  BackLink,
  ErrorSummary,
  FormActions,
  Radios,
  SummaryList,
  Textarea,
  errorSummaryItems,
} from "~/components/govuk";
import { formatPence } from "~/lib/format";
import { govukMeta, useFormState } from "~/lib/page";
import { approvalStepAction, approvalStepLoader } from "./clawbacks.server";

export const loader = approvalStepLoader;
export const action = approvalStepAction;
export const meta = govukMeta<{ mentor: { name: string } | null }>((d) => d?.mentor?.name ?? "Check your answers");

const hours = (n: number | null) => (n === null ? "" : `${n} ${n === 1 ? "hour" : "hours"}`);

/** Clawback approval by a second support user: Yes/No (reason for No) per mentor, then check your answers. */
export default function ApproveClawbackPage() {
  const data = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const caption = <span className="govuk-caption-l">Approve clawback - Claim {data.claim.reference}</span>;
  const mentor = data.mentor;
  const chosen = values.approved ?? (mentor?.decision ? (mentor.decision.approved ? "yes" : "no") : null);
  return (
    <>
      <BackLink href={data.backHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["approved", "rejectionReason"])} />
          {mentor ? (
            <PostForm>
              {caption}
              <h1 className="govuk-heading-l">{mentor.name}</h1>
              <SummaryList
                rows={[
                  { key: "Hours claimed", value: hours(mentor.hoursClaimed) },
                  { key: "Hours worked", value: hours(mentor.hoursWorked) },
                  { key: "Hours clawed back", value: hours(mentor.hoursClawedBack) },
                  {
                    key: "Clawback amount",
                    value: mentor.clawbackPence === null ? "" : formatPence(mentor.clawbackPence),
                  },
                  { key: "Provider’s comment", value: mentor.providerComment ?? "None" },
                  { key: "School’s response", value: mentor.schoolComment ?? "None" },
                  { key: "Reason for the clawback", value: mentor.clawbackReason ?? "None" },
                ]}
              />
              <Radios
                name="approved"
                legend="Do you approve the clawback for this mentor?"
                legendClassName="govuk-fieldset__legend--m"
                value={chosen}
                error={errors.approved}
                items={[
                  { value: "yes", text: "Yes" },
                  {
                    value: "no",
                    text: "No",
                    conditional: (
                      <Textarea
                        name="rejectionReason"
                        label="Why do you not approve the clawback?"
                        defaultValue={values.rejectionReason ?? mentor.decision?.reason ?? ""}
                        error={errors.rejectionReason}
                      />
                    ),
                  },
                ]}
              />
              <FormActions cancelHref={data.cancelHref}>Continue</FormActions>
            </PostForm>
          ) : (
            <>
              {caption}
              <h1 className="govuk-heading-l">Check your answers</h1>
              <SummaryList
                rows={[
                  { key: "Clawback requested by", value: data.claim.requestedBy?.name ?? "" },
                  { key: "Total clawback amount", value: formatPence(data.claim.totalClawbackPence) },
                  ...data.rows.map((r) => ({
                    key: r.name,
                    value: r.decision?.approved
                      ? `Approved: ${hours(r.hoursClawedBack)} clawed back`
                      : `Not approved: ${r.decision?.reason ?? ""}`,
                    actions: [{ href: r.changeHref, text: "Change", visuallyHiddenText: `approval for ${r.name}` }],
                  })),
                ]}
              />
              <PostForm>
                <FormActions cancelHref={data.cancelHref} preventDoubleClick>
                  Submit
                </FormActions>
              </PostForm>
            </>
          )}
        </div>
      </div>
    </>
  );
}
