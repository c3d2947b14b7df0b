import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, ErrorSummary, FormActions, Table, errorSummaryItems } from "~/components/govuk";
import { govukMeta, useFormState } from "~/lib/page";
import { REMINDER_TEXT, REMINDERS_PATH } from "./reminder-text";
import { reminderAction, reminderLoader } from "./reminders.server";

export const meta = govukMeta<{ kind: keyof typeof REMINDER_TEXT }>((d) =>
  d ? REMINDER_TEXT[d.kind].title : "Send reminders",
);
export const loader = reminderLoader;
export const action = reminderAction;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One reminder tool: who it will reach (the first organisations by name, and the totals), and the Send button. */
export default function ReminderPage() {
  const { kind, window, organisations, organisationCount, emailCount } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const text = REMINDER_TEXT[kind];
  const what = kind === "providers-not-submitted" ? ["provider", "providers"] : ["school", "schools"];
  return (
    <>
      <BackLink href={REMINDERS_PATH} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, [])} />
          <span className="govuk-caption-l">Send reminders</span>
          <h1 className="govuk-heading-l">{text.title}</h1>
          {!window ? (
            <p className="govuk-body">There is no claim window open, so there is no one to remind.</p>
          ) : (
            <>
              <p className="govuk-body">{text.description}</p>
              <p className="govuk-body">
                The e-mail gives the claim deadline, {window.deadline} ({window.academicYear}).
              </p>
              {organisationCount === 0 ? (
                <p className="govuk-body">There is no one to remind.</p>
              ) : (
                <>
                  <p className="govuk-body">
                    {plural(emailCount, "e-mail", "e-mails")} will be sent to{" "}
                    {plural(organisationCount, what[0]!, what[1]!)}.
                  </p>
                  <PostForm>
                    <FormActions cancelHref={REMINDERS_PATH} preventDoubleClick>
                      Send reminders
                    </FormActions>
                  </PostForm>
                  <Table
                    caption={
                      organisationCount > organisations.length
                        ? `The first ${organisations.length} of ${organisationCount} ${what[1]}`
                        : `${organisationCount === 1 ? "The" : `All ${organisationCount}`} ${
                            organisationCount === 1 ? what[0] : what[1]
                          }`
                    }
                    captionClassName="govuk-table__caption--m"
                    head={["Name", { text: "E-mails", format: "numeric" }]}
                    rows={organisations.map((o) => [o.name, { text: o.emails, format: "numeric" }])}
                  />
                </>
              )}
            </>
          )}
        </div>
      </div>
    </>
  );
}
