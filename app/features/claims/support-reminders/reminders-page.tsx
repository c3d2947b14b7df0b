import { useLoaderData } from "@remix-run/react";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { REMINDER_TEXT, REMINDERS_PATH } from "./reminder-text";
import { remindersLoader } from "./reminders.server";

export const meta = govukMeta("Send reminders");
export const loader = remindersLoader;

/** The four reminder tools. */
export default function RemindersPage() {
  const { kinds } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FlashBanner />
        <h1 className="govuk-heading-l">Send reminders</h1>
        <p className="govuk-body">
          Each reminder lists who it will reach before you send it. A reminder is sent to each address at most once a
          day.
        </p>
        {kinds.map((kind) => (
          <section key={kind} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <a className="govuk-link" href={`${REMINDERS_PATH}/${kind}`}>
                {REMINDER_TEXT[kind].title}
              </a>
            </h2>
            <p className="govuk-body">{REMINDER_TEXT[kind].description}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
