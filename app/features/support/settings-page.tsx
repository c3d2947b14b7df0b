import { useLoaderData } from "@remix-run/react";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { consoleLayoutLoader } from "./console.server";

export const meta = govukMeta("Settings");
// Static links: the console guard (support users only, 404 for anyone else) is all the data it needs.
export const loader = consoleLayoutLoader;

type Setting = { href: string; text: string; description: string };

/** The console's tools, as the reference's support settings hub (only the ones built so far). */
const SETTINGS: Record<"claims" | "placements", Setting[]> = {
  claims: [
    {
      href: "/claims/support/claim-windows",
      text: "Claim windows",
      description: "Add, change or remove the windows in which schools can claim.",
    },
    {
      href: "/claims/support/reminders",
      text: "Send reminders",
      description: "Remind schools and providers who have not claimed, or not signed in, before the claim deadline.",
    },
    {
      href: "/claims/support/users/export",
      text: "Export users",
      description: "Download the users of schools that have claimed, for a claim window or all of them.",
    },
    {
      href: "/claims/support/schools/invite-users/new",
      text: "Invite school users",
      description:
        "Upload a CSV file of people to add to schools that take part in claims, and e-mail them an invitation.",
    },
    {
      href: "/claims/support/providers/invite-users/new",
      text: "Invite provider users",
      description: "Upload a CSV file of people to add to providers, and e-mail them an invitation.",
    },
    {
      href: "/claims/support/schools/manually-onboarded",
      text: "Manually onboarded schools",
      description: "Schools a support user added to the service by hand rather than with an upload.",
    },
    {
      href: "/claims/support/emails",
      text: "E-mail templates",
      description: "Preview every e-mail the service sends.",
    },
    {
      href: "/claims/support/jobs",
      text: "Background jobs",
      description: "Scheduled imports, reminders and e-mail delivery, and their last runs.",
    },
  ],
  placements: [
    {
      href: "/placements/support/emails",
      text: "E-mail templates",
      description: "Preview every e-mail the service sends.",
    },
    {
      href: "/placements/support/jobs",
      text: "Background jobs",
      description: "Scheduled imports and e-mail delivery, and their last runs.",
    },
  ],
};

export default function SettingsPage() {
  const { service } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FlashBanner />
        <h1 className="govuk-heading-l">Settings</h1>
        {SETTINGS[service].map((s) => (
          <section key={s.href} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <a className="govuk-link" href={s.href}>
                {s.text}
              </a>
            </h2>
            <p className="govuk-body">{s.description}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
