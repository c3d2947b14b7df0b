import { useLoaderData } from "@remix-run/react";
import { Button, SummaryList } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { EmailMarkdown } from "~/features/support/emails/email-markdown";
import { devEmailsAction, devEmailsLoader } from "./emails.server";

export const meta = govukMeta("E-mails sent to the fake GOV.UK Notify");
export const loader = devEmailsLoader;
export const action = devEmailsAction;

export default function DevEmailsPage() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">E-mails sent to the fake GOV.UK Notify</h1>
        <p className="govuk-body">Development only: what the outbox worker delivered, newest first.</p>
        <PostForm>
          <Button variant="secondary">Send queued e-mails now</Button>
        </PostForm>
        {emails.length === 0 ? <p className="govuk-body">No e-mails yet.</p> : null}
        {emails.map((e) => (
          <section key={e.id} className="govuk-!-margin-bottom-8">
            <h2 className="govuk-heading-m">{e.subject}</h2>
            <SummaryList
              rows={[
                { key: "To", value: e.email_address },
                { key: "Sent", value: new Date(e.created_at).toLocaleString("en-GB", { timeZone: "Europe/London" }) },
                { key: "Reference (outbox id)", value: e.reference ?? "" },
              ]}
            />
            <div className="govuk-inset-text">
              <EmailMarkdown body={e.body} />
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
