/**
 * The background jobs: one handler per job, used by both runners (pg-boss with PostgreSQL,
 * in-process intervals with embedded PGlite) and by the support console's "Run now".
 * A handler returns a one-line summary for the JobRun row, or null when there was nothing to do (not recorded).
 */
import { purgeExpiredSessions } from "../auth/session.ts";
import type { Db } from "../db.ts";
import { env } from "../env.ts";
import {
  importBankHolidays,
  loadBankHolidaysJson,
  parseBankHolidays,
} from "../integrations/bank-holidays/bank-holidays.ts";
import { formatGiasReport, importGias } from "../integrations/gias/import.ts";
import { giasUrlForYesterday } from "../integrations/gias/source.ts";
import { notifySender } from "../integrations/notify/notify-client.ts";
import { importProviders, importSubjects } from "../integrations/publish/publish-import.ts";
import { formatSyncMentorsReport, syncMentorNames } from "../integrations/teaching-record/sync-mentors.ts";
import { integrationClientsFromEnv } from "../integrations/clients.ts";
import { deliverPendingEmails } from "./email-delivery.ts";
import {
  formatReminderReport,
  sendClaimDeadlineReminders,
  sendSamplingProviderReminders,
  sendSamplingSchoolReminders,
} from "./claims-reminders.ts";
import { formatInvalidProviderReminderReport, sendInvalidProviderReminders } from "./invalid-provider-reminders.ts";

export const JOB_NAMES = [
  "email-delivery",
  "session-purge",
  "gias-import",
  "publish-subjects",
  "mentor-names",
  "publish-providers",
  "invalid-provider-reminders",
  "sampling-provider-reminders",
  "sampling-school-reminders",
  "claim-deadline-reminders",
  "bank-holidays",
] as const;
export type JobName = (typeof JOB_NAMES)[number];

export type JobDefinition = {
  name: JobName;
  title: string;
  /** Cron (Europe/London) as in the reference's scheduled_jobs.yml. */
  cron: string;
  scheduleText: string;
  /** Interval for the embedded (PGlite) runner. */
  intervalMs: number;
  /** Delivery and session purge always run; imports and reminders only when JOBS_SCHEDULES_ENABLED=true. */
  alwaysScheduled: boolean;
  /** Offered as "Run now" on the support jobs page. */
  manual: boolean;
  /** How long pg-boss lets a run take before it counts it as failed (default 15 minutes). */
  maxRunMinutes?: number;
  run(db: Db): Promise<string | null>;
};

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function notifyConfig() {
  const e = env();
  if (!e.NOTIFY_API_KEY || !e.NOTIFY_TEMPLATE_ID) return null;
  return { apiUrl: e.NOTIFY_API_URL, apiKey: e.NOTIFY_API_KEY, templateId: e.NOTIFY_TEMPLATE_ID };
}

function publishUrl(): string {
  const url = env().PUBLISH_API_URL;
  if (!url) throw new Error("PUBLISH_API_URL is not set");
  return url;
}

export const JOBS: readonly JobDefinition[] = [
  {
    name: "email-delivery",
    title: "Send queued e-mails (GOV.UK Notify)",
    cron: "* * * * *",
    scheduleText: "Every minute (runs that sent nothing are not listed)",
    intervalMs: 60_000,
    alwaysScheduled: true,
    manual: false,
    async run(db) {
      const config = notifyConfig();
      if (!config) return null;
      const e = env();
      const r = await deliverPendingEmails(db, {
        sender: notifySender(config),
        maxAttempts: e.EMAIL_MAX_ATTEMPTS,
        environmentName: e.ENVIRONMENT_NAME,
        production: e.ENVIRONMENT_NAME.toLowerCase() === "production",
      });
      if (!r.claimed && !r.held) return null;
      return `${r.sent} sent, ${r.retrying} to retry, ${r.failed} failed, ${r.held} held for a bank holiday`;
    },
  },
  {
    name: "session-purge",
    title: "Delete expired sessions",
    cron: "15 * * * *",
    scheduleText: "Hourly at :15",
    intervalMs: HOUR,
    alwaysScheduled: true,
    manual: false,
    async run(db) {
      return `${await purgeExpiredSessions(db)} expired sessions deleted`;
    },
  },
  {
    name: "gias-import",
    title: "Import schools from GIAS",
    maxRunMinutes: 30,
    cron: "30 23 * * *",
    scheduleText: "Daily at 23:30",
    intervalMs: DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      const url = giasUrlForYesterday();
      if (!url) throw new Error("GIAS_CSV_BASE_URL is not set");
      return formatGiasReport(await importGias(db, url))
        .split("\n")
        .slice(0, 3)
        .join(" ");
    },
  },
  {
    name: "publish-subjects",
    title: "Import subjects from the Publish API",
    cron: "0 0 * * *",
    scheduleText: "Daily at 00:00",
    intervalMs: DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      const r = await importSubjects(db, { baseUrl: publishUrl() });
      return `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped`;
    },
  },
  {
    name: "mentor-names",
    title: "Refresh mentor names from the Teaching Record",
    // 300 mentors a minute: tens of thousands of mentors take hours.
    maxRunMinutes: 6 * 60,
    cron: "5 0 * * *",
    scheduleText: "Daily at 00:05",
    intervalMs: DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      const e = env();
      if (!e.TEACHING_RECORD_API_URL || !e.TEACHING_RECORD_API_KEY)
        throw new Error("TEACHING_RECORD_API_URL / TEACHING_RECORD_API_KEY are not set");
      return formatSyncMentorsReport(await syncMentorNames(db, integrationClientsFromEnv().teachingRecord));
    },
  },
  {
    name: "publish-providers",
    title: "Import providers from the Publish API",
    cron: "15 0 * * *",
    scheduleText: "Daily at 00:15",
    intervalMs: DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      const r = await importProviders(db, { baseUrl: publishUrl() });
      return `Cycle ${r.cycle}, ${r.pages} pages: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skipped} skipped`;
    },
  },
  {
    name: "invalid-provider-reminders",
    title: "Remind creators of claims with an invalid provider",
    cron: "0 9 * * 1",
    scheduleText: "Mondays at 09:00, while a claim window is open",
    intervalMs: 7 * DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      return formatInvalidProviderReminderReport(await sendInvalidProviderReminders(db));
    },
  },
  {
    name: "sampling-provider-reminders",
    title: "Remind providers of claims waiting for their audit response",
    cron: "0 10 * * 1",
    scheduleText: "Mondays at 10:00",
    intervalMs: 7 * DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      return formatReminderReport("provider audits outstanding", await sendSamplingProviderReminders(db));
    },
  },
  {
    name: "sampling-school-reminders",
    title: "Remind schools of claims their provider did not assure",
    cron: "0 10 * * 2",
    scheduleText: "Tuesdays at 10:00",
    intervalMs: 7 * DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      return formatReminderReport("claims rejected by the provider", await sendSamplingSchoolReminders(db));
    },
  },
  {
    name: "claim-deadline-reminders",
    title: "Remind schools that have not claimed before the window closes",
    cron: "0 10 * * 3",
    scheduleText: "Wednesdays at 10:00, in the last 30 days of a claim window",
    intervalMs: 7 * DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      const r = await sendClaimDeadlineReminders(db);
      if (!r.windowOpen) return "No claim window closes within 30 days: no reminders sent";
      return formatReminderReport("eligible schools without a claim", r);
    },
  },
  {
    name: "bank-holidays",
    title: "Import bank holidays from GOV.UK",
    cron: "0 0 1 * *",
    scheduleText: "1st of each month at 00:00",
    intervalMs: 30 * DAY,
    alwaysScheduled: false,
    manual: true,
    async run(db) {
      const r = await importBankHolidays(
        db,
        parseBankHolidays(await loadBankHolidaysJson("https://www.gov.uk/bank-holidays.json")),
      );
      return `${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`;
    },
  },
];

export function jobByName(name: string): JobDefinition | undefined {
  return JOBS.find((j) => j.name === name);
}
