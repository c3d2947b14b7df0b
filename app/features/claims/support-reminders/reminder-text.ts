import type { ReminderKind } from "#server/claims/support/reminders/reminders.schema.ts";

/** Kept out of the .server module: pages read it in the browser too. */
export const REMINDERS_PATH = "/claims/support/reminders";

/** Each reminder tool's title and who it reaches, as the settings page and the tool's page word them. */
export const REMINDER_TEXT: Record<ReminderKind, { title: string; description: string }> = {
  "schools-not-submitted": {
    title: "Schools that have not submitted a claim",
    description: "Users of schools eligible to claim in the current claim window that have not submitted a claim.",
  },
  "schools-not-signed-in": {
    title: "Schools that have not signed in",
    description: "Users of eligible schools without a claim where nobody has ever signed in to the service.",
  },
  "schools-signed-in-not-claimed": {
    title: "Schools that have signed in but not claimed",
    description: "Users of eligible schools where someone has signed in but no claim has been submitted.",
  },
  "providers-not-submitted": {
    title: "Providers with no claims in the current window",
    description: "Accredited providers that no school has claimed for in the current claim window.",
  },
};
