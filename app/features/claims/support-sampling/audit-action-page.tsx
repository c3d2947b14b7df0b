import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, Checkboxes, ErrorSummary, FormActions, Textarea, errorSummaryItems } from "~/components/govuk";
import { govukMeta, useFormState } from "~/lib/page";
import { auditActionAction, auditActionLoader } from "./sampling.server";

export const loader = auditActionLoader;
export const action = auditActionAction;

const TITLES = {
  approve: "Are you sure you want to approve the claim?",
  "provider-rejected": "Which mentors did the provider not assure?",
  reject: "Record the school’s response",
} as const;

export const meta = govukMeta<{ step: keyof typeof TITLES }>((d) => (d ? TITLES[d.step] : "Audit"));

/** The manual audit steps on a claim: Approve, Confirm provider rejected (mentors + reasons), Reject claim. */
export default function AuditActionPage() {
  const { claim, step } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState<Record<string, string | string[]>>();
  const back = `/claims/support/claims/${claim.id}`;
  const chosen = Array.isArray(values.mentorTrainingIds) ? values.mentorTrainingIds : [];
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const notAssured = claim.trainings.filter((t) => t.notAssured);
  const order = ["mentorTrainingIds", ...claim.trainings.map((t) => `reason-${t.id}`)];
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, order)} />
          <span className="govuk-caption-l">
            Claim - {claim.reference} - {claim.schoolName}
          </span>
          {step === "provider-rejected" ? (
            <PostForm>
              <Checkboxes
                name="mentorTrainingIds"
                legend={TITLES[step]}
                isPageHeading
                legendClassName="govuk-fieldset__legend--l"
                hint={`Select each mentor ${claim.providerName || "the provider"} did not assure, and enter the provider’s reason.`}
                values={chosen}
                error={errors.mentorTrainingIds}
                items={claim.trainings.map((t, i) => ({
                  value: t.id,
                  text: t.name,
                  id: i === 0 ? "mentorTrainingIds" : undefined,
                  conditional: (
                    <Textarea
                      name={`reason-${t.id}`}
                      label={`Provider’s reason for ${t.name}`}
                      defaultValue={text(`reason-${t.id}`)}
                      error={errors[`reason-${t.id}`]}
                      rows={3}
                    />
                  ),
                }))}
              />
              <FormActions cancelHref={back} preventDoubleClick>
                Confirm provider rejected
              </FormActions>
            </PostForm>
          ) : step === "reject" ? (
            <>
              <h1 className="govuk-heading-l">{TITLES[step]}</h1>
              <p className="govuk-body">
                Enter the school’s response for each mentor the provider did not assure. The claim will show as
                ‘Rejected by school’, and a clawback can then be requested.
              </p>
              <PostForm>
                {notAssured.map((t) => (
                  <Textarea
                    key={t.id}
                    name={`reason-${t.id}`}
                    label={`School’s response for ${t.name}`}
                    labelClassName="govuk-label--s"
                    hint={t.reasonNotAssured ? `Provider’s reason: ${t.reasonNotAssured}` : undefined}
                    defaultValue={text(`reason-${t.id}`)}
                    error={errors[`reason-${t.id}`]}
                    rows={3}
                  />
                ))}
                <FormActions cancelHref={back} variant="warning" preventDoubleClick>
                  Reject claim
                </FormActions>
              </PostForm>
            </>
          ) : (
            <>
              <h1 className="govuk-heading-l">{TITLES[step]}</h1>
              <p className="govuk-body">The claim will show as ‘Paid’: the audit found nothing wrong.</p>
              <PostForm>
                <FormActions cancelHref={back} preventDoubleClick>
                  Approve claim
                </FormActions>
              </PostForm>
            </>
          )}
        </div>
      </div>
    </>
  );
}
