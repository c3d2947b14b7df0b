/**
 * Support's reminder tools: while a claim window is open, support previews who would be reminded and sends the
 * reminder e-mails.
 *
 * - schools-not-submitted: schools eligible for the window's academic year that have not submitted a claim in it.
 * - providers-not-submitted: accredited providers with no claim in the current window (to the provider's addresses).
 * - schools-not-signed-in: eligible schools without a submitted claim none of whose users has ever signed in.
 * - schools-signed-in-not-claimed: eligible schools where a user has signed in but no claim was submitted.
 *
 * Sending is idempotent per UK day: each e-mail's outbox key names the kind, window, organisation, address and day,
 * so pressing Send twice (or two support users at once) queues each reminder once that day.
 */
import type { Prisma } from "../../../../prisma/generated/client.ts";
import type { Db, DbOrTx } from "../../../db.ts";
import { appOrigin } from "../../../env.ts";
import { DomainError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import {
  claimsDeadlineReminder,
  claimsProviderSchoolsNotClaimed,
  claimsSchoolNotSignedIn,
  claimsSchoolSignedInNotClaimed,
  type RenderedEmail,
} from "../../../shared/email/templates.ts";
import { queueEmailsOnce } from "../../../shared/email/email.service.ts";
import { londonDate } from "../../../shared/time/uk-time.ts";
import { currentClaimWindow } from "../../claim/claim.service.ts";
import { providerAuditAddresses, ukLongDate } from "../sampling/sampling.service.ts";
import type { ReminderKind } from "./reminders.schema.ts";

type Window = NonNullable<Awaited<ReturnType<typeof currentClaimWindow>>>;
/** One address: a school user (with their id), or a provider's address (no user). */
export type Recipient = { userId: string | null; email: string; firstName: string | null };
export type ReminderOrganisation = { id: string; name: string; recipients: Recipient[] };

/** How many organisations the preview lists by name (the counts cover all of them). */
export const PREVIEW_LIMIT = 100;

const activeSchoolUser = { service: "claims", kind: "user", discardedAt: null } satisfies Prisma.UserWhereInput;

function submittedIn(window: Window): Prisma.ClaimWhereInput {
  return { status: { notIn: ["internal_draft", "draft"] }, claimWindow: { academicYearId: window.academicYear.id } };
}

function schoolsWhere(kind: ReminderKind, window: Window): Prisma.SchoolWhereInput {
  const eligible: Prisma.SchoolWhereInput = {
    claimsService: true,
    eligibilities: { some: { academicYearId: window.academicYear.id } },
  };
  switch (kind) {
    case "schools-not-submitted":
      return { ...eligible, claims: { none: submittedIn(window) } };
    case "schools-not-signed-in":
      return {
        ...eligible,
        // A school that has claimed (e.g. support made the claim for it) needs no reminder to claim.
        claims: { none: submittedIn(window) },
        AND: [
          { userMemberships: { some: { user: activeSchoolUser } } },
          { userMemberships: { none: { user: { ...activeSchoolUser, lastSignedInAt: { not: null } } } } },
        ],
      };
    case "schools-signed-in-not-claimed":
      return {
        ...eligible,
        claims: { none: submittedIn(window) },
        userMemberships: { some: { user: { ...activeSchoolUser, lastSignedInAt: { not: null } } } },
      };
    default:
      throw new Error(`not a school reminder: ${kind}`);
  }
}

/** Who the reminder goes to: the organisations (by name) and each one's addresses. */
export async function reminderRecipients(
  db: DbOrTx,
  kind: ReminderKind,
  window: Window,
  take?: number,
): Promise<ReminderOrganisation[]> {
  if (kind === "providers-not-submitted") {
    const providers = await db.provider.findMany({
      where: {
        accredited: true,
        claims: { none: { claimWindowId: window.id, status: { notIn: ["internal_draft", "draft"] } } },
      },
      select: { id: true, name: true, emailAddress: true, emailAddresses: { select: { emailAddress: true } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take,
    });
    return providers.map((p) => ({
      id: p.id,
      name: p.name,
      recipients: providerAuditAddresses(p).map((email) => ({ userId: null, email, firstName: null })),
    }));
  }
  const schools = await db.school.findMany({
    where: schoolsWhere(kind, window),
    select: {
      id: true,
      name: true,
      userMemberships: {
        where: { user: activeSchoolUser },
        select: { user: { select: { id: true, email: true, firstName: true } } },
        orderBy: { user: { email: "asc" } },
      },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
  });
  return schools.map((s) => ({
    id: s.id,
    name: s.name,
    recipients: s.userMemberships.map(({ user }) => ({
      userId: user.id,
      email: user.email,
      firstName: user.firstName,
    })),
  }));
}

async function requireWindow(db: DbOrTx, now: Date) {
  const window = await currentClaimWindow(db, now);
  if (!window) throw new DomainError("You cannot send reminders because there is no claim window open");
  return window;
}

/** How many organisations a reminder goes to and how many e-mails it sends, counted in SQL. */
async function reminderCounts(db: DbOrTx, kind: ReminderKind, window: Window) {
  if (kind === "providers-not-submitted") {
    // The addresses of providerAuditAddresses: the provider's listed addresses (distinct), else its main address.
    const [row] = await db.$queryRaw<{ organisations: number; emails: number }[]>`
      SELECT count(*)::int AS organisations,
             coalesce(sum(CASE WHEN a.n > 0 THEN a.n WHEN p.email_address IS NOT NULL THEN 1 ELSE 0 END), 0)::int AS emails
      FROM providers p
      CROSS JOIN LATERAL (
        SELECT count(DISTINCT lower(trim(e.email_address)))::int AS n
        FROM provider_email_addresses e WHERE e.provider_id = p.id
      ) a
      WHERE p.accredited AND NOT EXISTS (
        SELECT 1 FROM claims c
        WHERE c.provider_id = p.id AND c.claim_window_id = ${window.id}::uuid
          AND c.status NOT IN ('internal_draft', 'draft')
      )`;
    return { organisationCount: row?.organisations ?? 0, emailCount: row?.emails ?? 0 };
  }
  const where = schoolsWhere(kind, window);
  const [organisationCount, emailCount] = await Promise.all([
    db.school.count({ where }),
    db.userMembership.count({ where: { organisationType: "School", user: activeSchoolUser, school: where } }),
  ]);
  return { organisationCount, emailCount };
}

/** The preview: the open window, the first organisations by name, and how many organisations and e-mails in all. */
export async function previewReminders(db: DbOrTx, kind: ReminderKind, now = new Date()) {
  const window = await currentClaimWindow(db, now);
  if (!window) return { window: null, organisations: [], organisationCount: 0, emailCount: 0 };
  const [first, counts] = await Promise.all([
    reminderRecipients(db, kind, window, PREVIEW_LIMIT),
    reminderCounts(db, kind, window),
  ]);
  return {
    window: { deadline: ukLongDate(londonDate(window.endsOn)), academicYear: window.academicYear.name },
    organisations: first.map((o) => ({ id: o.id, name: o.name, emails: o.recipients.length })),
    ...counts,
  };
}

function render(kind: ReminderKind, organisation: ReminderOrganisation, recipient: Recipient, deadline: string) {
  const signInUrl = `${appOrigin()}/claims/sign-in`;
  const firstName = recipient.firstName ?? organisation.name;
  const email: Record<ReminderKind, () => RenderedEmail> = {
    "schools-not-submitted": () => claimsDeadlineReminder({ firstName, deadline, signInUrl }),
    "providers-not-submitted": () => claimsProviderSchoolsNotClaimed({ providerName: organisation.name, deadline }),
    "schools-not-signed-in": () =>
      claimsSchoolNotSignedIn({ firstName, schoolName: organisation.name, deadline, signInUrl }),
    "schools-signed-in-not-claimed": () =>
      claimsSchoolSignedInNotClaimed({ firstName, schoolName: organisation.name, deadline, signInUrl }),
  };
  return email[kind]();
}

/** Queues the reminders (once per address per UK day) and records who sent them. */
export async function sendReminders(
  db: Db,
  actor: { id: string },
  kind: ReminderKind,
  meta: { requestId?: string } = {},
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const window = await requireWindow(tx, now);
    const day = londonDate(now);
    const deadline = ukLongDate(londonDate(window.endsOn));
    const organisations = await reminderRecipients(tx, kind, window);
    const rows = organisations.flatMap((organisation) =>
      organisation.recipients.map((recipient) => ({
        ...render(kind, organisation, recipient, deadline),
        to: recipient.email,
        service: "claims" as const,
        idempotencyKey: `claims.support_reminder:${kind}:${window.id}:${organisation.id}:${recipient.email.toLowerCase()}:${day}`,
      })),
    );
    const count = await queueEmailsOnce(tx, rows);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claims.reminders_sent",
      recordType: "ClaimWindow",
      recordId: window.id,
      changes: { kind, organisations: organisations.length, queued: count, alreadySent: rows.length - count },
      requestId: meta.requestId,
    });
    return { organisations: organisations.length, queued: count, alreadySent: rows.length - count };
  });
}
