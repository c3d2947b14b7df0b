/**
 * Weekly claims reminders, each at most once per ISO week (UK date) per recipient and item:
 * the outbox idempotency key names the week, so a second run that week — Run now, a retry, or another app process's
 * scheduler — queues nothing new.
 *
 * - Mondays 10:00, providers with an outstanding audit: each address of each provider sampling that still has a claim
 *   in `sampling_in_progress` gets the request again with a fresh one-time link (which ends that address's earlier
 *   link) and the original deadline. The link is issued only when the e-mail is queued, in one transaction, so a
 *   skipped repeat does not end the link the provider already has.
 * - Tuesdays 10:00, schools with `sampling_provider_not_approved` claims: every current user of the school gets the
 *   provider's comments again.
 * - Wednesdays 10:00, claim deadline: while a claim window is open and closes within 30 days, the users of each school
 *   eligible for its academic year that has not submitted a claim in it get "Deadline <date>: …".
 */
import type { Db } from "../db.ts";
import { appOrigin } from "../env.ts";
import { currentClaimWindow } from "../claims/claim/claim.service.ts";
import { reminderRecipients } from "../claims/support/reminders/reminders.service.ts";
import {
  emailProviderSampling,
  emailSchoolAboutProviderRejection,
  providerAuditAddresses,
  samplingDeadline,
  ukLongDate,
} from "../claims/support/sampling/sampling.service.ts";
import { queueEmailsOnce } from "../shared/email/email.service.ts";
import { claimsDeadlineReminder } from "../shared/email/templates.ts";
import { daysUntil, isoWeek, londonDate } from "../shared/time/uk-time.ts";

export type ReminderReport = { items: number; queued: number; alreadySent: number };

export function formatReminderReport(what: string, r: ReminderReport): string {
  return `${r.items} ${what}: ${r.queued} reminders queued, ${r.alreadySent} already sent this week`;
}

class AlreadySent extends Error {}

export async function sendSamplingProviderReminders(db: Db, now = new Date()): Promise<ReminderReport> {
  const week = isoWeek(londonDate(now));
  const samplings = await db.providerSampling.findMany({
    where: { providerSamplingClaims: { some: { claim: { status: "sampling_in_progress" } } } },
    select: {
      id: true,
      createdAt: true,
      provider: {
        select: { name: true, emailAddress: true, emailAddresses: { select: { emailAddress: true } } },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  const report: ReminderReport = { items: samplings.length, queued: 0, alreadySent: 0 };
  for (const sampling of samplings) {
    const deadline = ukLongDate(samplingDeadline(sampling.createdAt));
    for (const address of providerAuditAddresses(sampling.provider)) {
      const key = `claims.sampling_reminder:${sampling.id}:${address}:${week}`;
      try {
        await db.$transaction(async (tx) => {
          if (await tx.emailOutbox.findUnique({ where: { idempotencyKey: key }, select: { id: true } }))
            throw new AlreadySent();
          await emailProviderSampling(
            tx,
            sampling.id,
            { ...sampling.provider, emailAddress: address, emailAddresses: [{ emailAddress: address }] },
            deadline,
            now,
            () => key,
          );
        });
        report.queued++;
      } catch (error) {
        // Already queued this week (seen above, or by a concurrent run: the unique key refused the insert).
        if (error instanceof AlreadySent || (error as { code?: string }).code === "P2002") report.alreadySent++;
        else throw error;
      }
    }
  }
  return report;
}

export async function sendSamplingSchoolReminders(db: Db, now = new Date()): Promise<ReminderReport> {
  const week = isoWeek(londonDate(now));
  const claims = await db.claim.findMany({
    where: { status: "sampling_provider_not_approved" },
    select: { id: true, schoolId: true },
    orderBy: { createdAt: "asc" },
  });
  const report: ReminderReport = { items: claims.length, queued: 0, alreadySent: 0 };
  for (const claim of claims) {
    const users = await db.user.count({
      where: {
        service: "claims",
        kind: "user",
        discardedAt: null,
        memberships: { some: { organisationType: "School", organisationId: claim.schoolId } },
      },
    });
    const queued = await emailSchoolAboutProviderRejection(db, claim.id, week);
    report.queued += queued;
    report.alreadySent += users - queued;
  }
  return report;
}

export const DEADLINE_REMINDER_DAYS = 30;

export async function sendClaimDeadlineReminders(
  db: Db,
  now = new Date(),
): Promise<ReminderReport & { windowOpen: boolean }> {
  const window = await currentClaimWindow(db, now);
  if (!window || daysUntil(window.endsOn, now) > DEADLINE_REMINDER_DAYS)
    return { windowOpen: false, items: 0, queued: 0, alreadySent: 0 };
  const week = isoWeek(londonDate(now));
  const deadline = ukLongDate(londonDate(window.endsOn));
  // The schools support's "schools that have not submitted a claim" reminder goes to, and their users.
  const schools = await reminderRecipients(db, "schools-not-submitted", window);
  const signInUrl = `${appOrigin()}/claims/sign-in`;
  const messages = schools.flatMap((school) =>
    school.recipients.map((user) => ({
      to: user.email,
      service: "claims" as const,
      idempotencyKey: `claims.deadline_reminder:${school.id}:${user.userId}:${week}`,
      ...claimsDeadlineReminder({ firstName: user.firstName ?? school.name, deadline, signInUrl }),
    })),
  );
  const queued = await queueEmailsOnce(db, messages);
  const report = { windowOpen: true, items: schools.length, queued, alreadySent: messages.length - queued };
  return report;
}
