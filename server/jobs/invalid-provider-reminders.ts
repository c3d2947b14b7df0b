/**
 * Weekly invalid-provider reminder, Mondays 09:00 (UK time).
 *
 * Only while a claim window is current (UK date), the creator of each `invalid_provider` claim in the current window's
 * academic year gets "Action by 5 December: …" naming the claim (reference, school, provider) with a link to the claim
 * page, where they can change the provider (the invalid provider wizard is open to the claim's creator and support).
 *
 * Who is e-mailed — the creator only while they can act on the link:
 * - a claims school user (`kind: user`) who is not removed (`discardedAt` unset) and is still a member of the claim's
 *   school. A claim created by a support user is not e-mailed (as in the reference, which mails `Claims::User`s only):
 *   support users fix such claims from the support console, and the school's other users cannot run the wizard. A
 *   removed user, or one no longer at the school, could not open the claim page. These claims are counted as
 *   "skipped" in the run's summary so support can see them.
 * - one e-mail per creator per claim (the reference sends one per user; naming each claim needs one per claim).
 *
 * Once a week: the outbox idempotency key holds the claim, the creator and the ISO week of the UK date
 * ("2026-W49"), so running the job again that week (Run now, a retry) queues nothing new and next Monday sends again.
 */
import type { Db } from "../db.ts";
import { currentClaimWindow } from "../claims/claim/claim.service.ts";
import { claimUrl } from "../claims/claim/claim-emails.ts";
import { queueEmailOnce } from "../shared/email/email.service.ts";
import { claimsInvalidProviderReminder } from "../shared/email/templates.ts";
import { isoWeek, londonDate } from "../shared/time/uk-time.ts";

export type InvalidProviderReminderReport =
  | { windowOpen: false }
  | { windowOpen: true; academicYear: string; claims: number; queued: number; alreadySent: number; skipped: number };

export function formatInvalidProviderReminderReport(r: InvalidProviderReminderReport): string {
  if (!r.windowOpen) return "No claim window is open: no reminders sent";
  return `${r.academicYear}: ${r.claims} claims with an invalid provider, ${r.queued} reminders queued, ${r.alreadySent} already sent this week, ${r.skipped} skipped (creator is a support user, removed or no longer at the school)`;
}

export async function sendInvalidProviderReminders(db: Db, now = new Date()): Promise<InvalidProviderReminderReport> {
  const window = await currentClaimWindow(db, now);
  if (!window) return { windowOpen: false };
  const week = isoWeek(londonDate(now));
  const claims = await db.claim.findMany({
    where: { status: "invalid_provider", claimWindow: { academicYearId: window.academicYear.id } },
    select: {
      id: true,
      schoolId: true,
      reference: true,
      school: { select: { name: true } },
      provider: { select: { name: true } },
      createdBy: {
        select: {
          id: true,
          email: true,
          firstName: true,
          service: true,
          kind: true,
          discardedAt: true,
          memberships: { select: { schoolId: true } },
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });

  const report = {
    windowOpen: true as const,
    academicYear: window.academicYear.name,
    claims: claims.length,
    queued: 0,
    alreadySent: 0,
    skipped: 0,
  };
  for (const claim of claims) {
    const user = claim.createdBy;
    const canAct =
      user !== null &&
      user.service === "claims" &&
      user.kind === "user" &&
      user.discardedAt === null &&
      user.memberships.some((m) => m.schoolId === claim.schoolId);
    if (!canAct) {
      report.skipped++;
      continue;
    }
    const queued = await queueEmailOnce(db, {
      to: user.email,
      service: "claims",
      idempotencyKey: `claims.invalid_provider_reminder:${claim.id}:${user.id}:${week}`,
      ...claimsInvalidProviderReminder({
        firstName: user.firstName,
        reference: claim.reference ?? "(no reference)",
        schoolName: claim.school.name,
        providerName: claim.provider?.name ?? "(no provider)",
        claimUrl: claimUrl(claim.schoolId, claim.id),
      }),
    });
    if (queued) report.queued++;
    else report.alreadySent++;
  }
  return report;
}
