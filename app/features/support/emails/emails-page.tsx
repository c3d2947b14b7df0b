import { useLoaderData } from "@remix-run/react";
import { SummaryList } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { EmailMarkdown } from "./email-markdown";
import { emailPreviewsLoader } from "./emails.server";

export const meta = govukMeta("E-mail templates");
export const loader = emailPreviewsLoader;

export default function EmailPreviewsPage() {
  const { emails } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">E-mail templates</h1>
        <p className="govuk-body">
          Every e-mail this service sends through GOV.UK Notify, shown with example details. Outside production the
          subject starts with the environment name in square brackets.
        </p>
        <ul className="govuk-list">
          {emails.map((e) => (
            <li key={e.templateKey}>
              <a className="govuk-link" href={`#${e.templateKey.replace(/\W/g, "-")}`}>
                {e.name}
              </a>
            </li>
          ))}
        </ul>
        {emails.map((e) => (
          <section key={e.templateKey} id={e.templateKey.replace(/\W/g, "-")} className="govuk-!-margin-top-8">
            <h2 className="govuk-heading-m">{e.name}</h2>
            <SummaryList
              rows={[
                { key: "Template key", value: <code>{e.templateKey}</code> },
                { key: "Subject", value: e.subject },
              ]}
            />
            <h3 className="govuk-heading-s">Body</h3>
            <div className="govuk-inset-text">
              <EmailMarkdown body={e.body} />
            </div>
          </section>
        ))}
      </div>
    </div>
  );
}
