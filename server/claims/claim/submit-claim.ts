import { randomInt } from "node:crypto";
import { Prisma } from "#prisma/generated/client.ts";
import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { SessionUser } from "../../auth/session.ts";
import type { Db, DbOrTx, Tx } from "../../db.ts";
import { ConflictError, DomainError, NotFoundError } from "../../errors.ts";
import { logger } from "../../logger.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueEmail } from "../../shared/email/email.service.ts";
import { claimsClaimSubmitted, claimsDraftClaimCreated } from "../../shared/email/templates.ts";
import { appOrigin } from "../../env.ts";
import { londonDate } from "../../shared/time/uk-time.ts";
import { claimWindowStatus } from "../claim-window/claim-window.service.ts";
import { NIOT_SUB_PROVIDER_CODES } from "./claim-status.ts";
import { claimAmountPence, mentorAllowances, totalHours } from "./funding.ts";
import { canRemoveClaim, currentClaimWindow, isSchoolEligible } from "./claim.service.ts";

/**
 * Claim writes. Every change is ONE transaction that:
 * - takes a transaction-scoped advisory lock per (mentor, provider, academic year) — in a fixed order, so two
 *   claims racing for the same mentor's last hours run one after the other — and re-sums the hours inside it;
 * - changes status with a conditional update on (id, school, status, version): 0 rows = someone else got there;
 * - writes the amount snapshot, reference, audit row and outbox e-mail with the change.
 * Serialization failures (P2034), deadlocks and unique violations (P2002: reference collision, or a duplicate
 * idempotency key) are retried a bounded number of times; a retry then sees the committed winner.
 */

/** Someone else used the hours while the user was in the wizard: "You cannot submit the claim". */
export class HoursNoLongerAvailableError extends DomainError {
  constructor() {
    super("You cannot submit the claim because a mentor's training hours have already been claimed", "form");
    this.name = "HoursNoLongerAvailableError";
  }
}

export type MentorHours = { mentorId: string; hours: number };

const MAX_ATTEMPTS = 5;
const TX_OPTIONS = { timeout: 20_000, maxWait: 15_000 } as const;

function isRetryable(error: unknown) {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === "P2034" || error.code === "P2002";
  const message = error instanceof Error ? error.message : "";
  return /40001|40P01|could not serialize|deadlock detected/i.test(message);
}

export async function inClaimTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, TX_OPTIONS);
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      logger.info(
        { attempt, error: error instanceof Error ? error.message : String(error) },
        "claim transaction retried",
      );
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + randomInt(0, 25)));
    }
  }
}

async function advisoryLock(tx: Tx, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

async function lockAllowances(tx: Tx, mentorIds: string[], providerId: string, academicYearId: string) {
  for (const mentorId of [...new Set(mentorIds)].sort()) {
    await advisoryLock(tx, `claims.allowance:${mentorId}:${providerId}:${academicYearId}`);
  }
}

/** 8 digits, not starting with 0; unique (the constraint is the backstop, P2002 → retry). */
async function newReference(tx: Tx) {
  for (let i = 0; i < 10; i++) {
    const reference = String(randomInt(10_000_000, 100_000_000));
    if (!(await tx.claim.findUnique({ where: { reference }, select: { id: true } }))) return reference;
  }
  throw new Error("could not generate a claim reference");
}

async function loadSchool(tx: Tx, schoolId: string) {
  const school = await tx.school.findFirst({
    where: { id: schoolId, claimsService: true },
    select: { id: true, name: true, region: { select: { claimsFundingAvailablePerHourPence: true } } },
  });
  if (!school) throw new NotFoundError("school");
  return { ...school, ratePence: school.region?.claimsFundingAvailablePerHourPence ?? 0 };
}

export async function loadProvider(tx: DbOrTx, providerId: string) {
  const provider = await tx.provider.findFirst({
    where: { id: providerId, accredited: true, code: { notIn: NIOT_SUB_PROVIDER_CODES } },
    select: { id: true, name: true },
  });
  if (!provider) throw new DomainError("Enter the accredited provider", "providerId");
  return provider;
}

/** Mentors must be the school's claims mentors, with hours left for this provider and year (checked under the locks). */
async function assertWithinAllowance(
  tx: Tx,
  opts: {
    schoolId: string;
    providerId: string;
    academicYear: { id: string; startsOn: Date };
    mentors: MentorHours[];
    excludeClaimId?: string;
  },
) {
  const ids = opts.mentors.map((m) => m.mentorId);
  const memberships = await tx.mentorMembership.count({
    where: { schoolId: opts.schoolId, type: "Claims::MentorMembership", mentorId: { in: ids } },
  });
  if (memberships !== new Set(ids).size) throw new HoursNoLongerAvailableError();
  await lockAllowances(tx, ids, opts.providerId, opts.academicYear.id);
  const allowances = await mentorAllowances(tx, {
    mentorIds: ids,
    providerId: opts.providerId,
    academicYear: opts.academicYear,
    excludeClaimId: opts.excludeClaimId,
  });
  for (const m of opts.mentors) {
    const a = allowances.get(m.mentorId);
    if (!a || m.hours < 1 || m.hours > a.remaining) throw new HoursNoLongerAvailableError();
  }
  return allowances;
}

export function claimUrl(schoolId: string, claimId: string) {
  return `${appOrigin()}/claims/schools/${schoolId}/claims/${claimId}`;
}

async function queueSubmittedEmail(
  tx: Tx,
  actor: SessionUser,
  claim: {
    id: string;
    schoolId: string;
    reference: string;
    amountPence: number;
    mentorCount: number;
    providerName: string;
  },
  /** A claim submitted again (e.g. after its provider was replaced) needs its own key. */
  idempotencyKey = `claims.claim_submitted:${claim.id}`,
) {
  await queueEmail(tx, {
    to: actor.email,
    service: "claims",
    idempotencyKey,
    ...claimsClaimSubmitted({
      firstName: actor.firstName,
      reference: claim.reference,
      amountPence: claim.amountPence,
      mentorCount: claim.mentorCount,
      providerName: claim.providerName,
      claimUrl: claimUrl(claim.schoolId, claim.id),
    }),
  });
}

async function queueDraftCreatedEmails(
  tx: Tx,
  claim: { id: string; schoolId: string; schoolName: string; reference: string; providerName: string },
) {
  const members = await tx.user.findMany({
    where: {
      service: "claims",
      kind: "user",
      discardedAt: null,
      memberships: { some: { organisationType: "School", organisationId: claim.schoolId } },
    },
    select: { id: true, email: true, firstName: true },
    orderBy: { email: "asc" },
  });
  for (const user of members) {
    await queueEmail(tx, {
      to: user.email,
      service: "claims",
      idempotencyKey: `claims.draft_claim_created:${claim.id}:${user.id}`,
      ...claimsDraftClaimCreated({
        firstName: user.firstName,
        schoolName: claim.schoolName,
        providerName: claim.providerName,
        reference: claim.reference,
        claimUrl: claimUrl(claim.schoolId, claim.id),
      }),
    });
  }
}

export type CreateClaimResult = { claimId: string; reference: string; status: ClaimStatus; alreadyExisted: boolean };

/**
 * Add claim wizard's finish. A school user's claim is submitted; a support user's is a draft (and the school's
 * users are told). The idempotency key is the new claim's id: a repeated POST returns the claim made first.
 */
export async function createClaim(
  db: Db,
  actor: SessionUser,
  input: { schoolId: string; providerId: string; mentors: MentorHours[]; idempotencyKey: string },
  opts: { now?: Date; requestId?: string } = {},
): Promise<CreateClaimResult> {
  return inClaimTransaction(db, async (tx) => {
    await advisoryLock(tx, `claims.create:${input.idempotencyKey}`);
    const existing = await tx.claim.findUnique({
      where: { id: input.idempotencyKey },
      select: { id: true, schoolId: true, reference: true, status: true, createdById: true },
    });
    if (existing) {
      if (existing.schoolId !== input.schoolId || existing.createdById !== actor.id) throw new NotFoundError("claim");
      return {
        claimId: existing.id,
        reference: existing.reference ?? "",
        status: existing.status,
        alreadyExisted: true,
      };
    }
    const school = await loadSchool(tx, input.schoolId);
    const provider = await loadProvider(tx, input.providerId);
    const window = await currentClaimWindow(tx, opts.now);
    if (!window || !(await isSchoolEligible(tx, school.id, window.academicYear.id))) {
      throw new DomainError("You cannot add a claim because the claim window is closed");
    }
    await assertWithinAllowance(tx, {
      schoolId: school.id,
      providerId: provider.id,
      academicYear: window.academicYear,
      mentors: input.mentors,
    });
    const amountPence = claimAmountPence(
      school.ratePence,
      input.mentors.map((m) => m.hours),
    );
    const reference = await newReference(tx);
    const status: ClaimStatus = actor.isSupport ? "draft" : "submitted";
    const now = opts.now ?? new Date();
    const claim = await tx.claim.create({
      data: {
        id: input.idempotencyKey,
        schoolId: school.id,
        providerId: provider.id,
        claimWindowId: window.id,
        reference,
        status,
        amountPence,
        createdByType: "User",
        createdById: actor.id,
        ...(status === "submitted" ? { submittedAt: now, submittedByType: "User", submittedById: actor.id } : {}),
        mentorTrainings: {
          create: input.mentors.map((m) => ({
            mentorId: m.mentorId,
            providerId: provider.id,
            hoursCompleted: m.hours,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "submitted" ? "claim.submitted" : "claim.draft_created",
      recordType: "Claim",
      recordId: claim.id,
      requestId: opts.requestId,
      changes: { reference, status, providerId: provider.id, amountPence, mentors: input.mentors },
    });
    if (status === "submitted") {
      await queueSubmittedEmail(tx, actor, {
        id: claim.id,
        schoolId: school.id,
        reference,
        amountPence,
        mentorCount: input.mentors.length,
        providerName: provider.name,
      });
    } else {
      await queueDraftCreatedEmails(tx, {
        id: claim.id,
        schoolId: school.id,
        schoolName: school.name,
        reference,
        providerName: provider.name,
      });
    }
    return { claimId: claim.id, reference, status, alreadyExisted: false };
  });
}

/** Serialises every write to one claim (READ COMMITTED: reads after the lock see the latest commit). */
export async function lockedClaim(tx: Tx, schoolId: string, claimId: string) {
  await advisoryLock(tx, `claims.claim:${claimId}`);
  const claim = await tx.claim.findFirst({
    where: { id: claimId, schoolId, status: { not: "internal_draft" } },
    select: {
      id: true,
      schoolId: true,
      status: true,
      version: true,
      reference: true,
      providerId: true,
      amountPence: true,
      claimWindowId: true,
      submittedAt: true,
      submittedById: true,
      submittedByType: true,
      createdById: true,
      createdByType: true,
      previousRevisionId: true,
      provider: { select: { name: true } },
      claimWindow: { select: { startsOn: true, endsOn: true, academicYear: { select: { id: true, startsOn: true } } } },
      mentorTrainings: { select: { mentorId: true, hoursCompleted: true, providerId: true, trainingType: true } },
    },
  });
  if (!claim) throw new NotFoundError("claim");
  return claim;
}

function windowOpen(window: { startsOn: Date; endsOn: Date } | null, now: Date) {
  return Boolean(window && claimWindowStatus(window, londonDate(now)) === "current");
}

/**
 * A school user submits a draft (the declaration page). Idempotent for the same user: a repeat after success
 * returns the submitted claim; a stale version or someone else's change is a ConflictError.
 */
export async function submitClaim(
  db: Db,
  actor: SessionUser,
  input: { schoolId: string; claimId: string; version: number },
  opts: { now?: Date; requestId?: string } = {},
) {
  if (actor.isSupport) throw new DomainError("Only a user of the school can submit a claim");
  const now = opts.now ?? new Date();
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    if (claim.status === "submitted" && claim.submittedById === actor.id && claim.version === input.version + 1) {
      return { claimId: claim.id, reference: claim.reference ?? "", alreadySubmitted: true };
    }
    if (claim.status !== "draft" || claim.version !== input.version) throw new ConflictError();
    if (!claim.providerId || !claim.claimWindow || !windowOpen(claim.claimWindow, now)) {
      throw new DomainError("You cannot submit the claim because the claim window is closed");
    }
    const { reference } = await submitLockedClaim(tx, actor, claim, {
      providerId: claim.providerId,
      fromStatuses: ["draft", "internal_draft"],
      version: input.version,
      now,
      requestId: opts.requestId,
    });
    return { claimId: claim.id, reference, alreadySubmitted: false };
  });
}

/**
 * Submits a locked claim (lockedClaim) as its mentor trainings stand, with a provider (a new one moves the trainings
 * to it): the hours re-summed under the allowance locks, the amount snapshot, the reference kept (or made), a
 * conditional update from `fromStatuses` at `version`, the audit row and the e-mail to the submitter.
 */
export async function submitLockedClaim(
  tx: Tx,
  actor: SessionUser,
  claim: Awaited<ReturnType<typeof lockedClaim>>,
  opts: {
    providerId: string;
    fromStatuses: ClaimStatus[];
    version: number;
    now: Date;
    requestId?: string;
    emailKey?: string;
  },
) {
  if (!claim.claimWindow) throw new DomainError("This claim has no claim window");
  const provider = await loadProvider(tx, opts.providerId);
  const school = await loadSchool(tx, claim.schoolId);
  const mentors = claim.mentorTrainings.map((t) => ({ mentorId: t.mentorId, hours: t.hoursCompleted ?? 0 }));
  if (mentors.length === 0) throw new DomainError("Add a mentor to the claim before submitting it");
  await assertWithinAllowance(tx, {
    schoolId: school.id,
    providerId: provider.id,
    academicYear: claim.claimWindow.academicYear,
    mentors,
    excludeClaimId: claim.id,
  });
  const amountPence = claimAmountPence(
    school.ratePence,
    mentors.map((m) => m.hours),
  );
  const reference = claim.reference ?? (await newReference(tx));
  const updated = await tx.claim.updateMany({
    where: { id: claim.id, schoolId: school.id, status: { in: opts.fromStatuses }, version: opts.version },
    data: {
      providerId: provider.id,
      status: "submitted",
      version: { increment: 1 },
      submittedAt: opts.now,
      submittedByType: "User",
      submittedById: actor.id,
      amountPence,
      reference,
    },
  });
  if (updated.count !== 1) throw new ConflictError();
  const providerChanged = provider.id !== claim.providerId;
  if (providerChanged)
    await tx.mentorTraining.updateMany({ where: { claimId: claim.id }, data: { providerId: provider.id } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "claim.submitted",
    recordType: "Claim",
    recordId: claim.id,
    requestId: opts.requestId,
    changes: {
      reference,
      from: claim.status,
      to: "submitted",
      amountPence,
      ...(providerChanged ? { providerId: { before: claim.providerId, after: provider.id } } : {}),
    },
  });
  await queueSubmittedEmail(
    tx,
    actor,
    {
      id: claim.id,
      schoolId: school.id,
      reference,
      amountPence,
      mentorCount: mentors.length,
      providerName: provider.name,
    },
    opts.emailKey,
  );
  return { reference };
}

/**
 * The edit wizard's finish. A draft is updated in place (and submitted when a school user asks to); a submitted
 * claim changed by support keeps its earlier version as a linked revision: a copy of the old row (status
 * internal_draft, so it never counts against an allowance nor shows in lists) that the live claim's
 * previous_revision_id points to. The live claim keeps its id and reference.
 */
export async function updateClaim(
  db: Db,
  actor: SessionUser,
  input: {
    schoolId: string;
    claimId: string;
    version: number;
    providerId: string;
    mentors: MentorHours[];
    submit?: boolean;
  },
  opts: { now?: Date; requestId?: string } = {},
) {
  const now = opts.now ?? new Date();
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    const isDraft = claim.status === "draft";
    const supportRevision = actor.isSupport && claim.status === "submitted";
    if (!isDraft && !supportRevision) throw new ConflictError();
    if (claim.version !== input.version) throw new ConflictError();
    if (!claim.claimWindow) throw new DomainError("This claim has no claim window");
    if (!actor.isSupport && !windowOpen(claim.claimWindow, now)) {
      throw new DomainError("You cannot change the claim because the claim window is closed");
    }
    const submitting = Boolean(input.submit) && !actor.isSupport && isDraft;
    const provider = await loadProvider(tx, input.providerId);
    const school = await loadSchool(tx, input.schoolId);
    await assertWithinAllowance(tx, {
      schoolId: school.id,
      providerId: provider.id,
      academicYear: claim.claimWindow.academicYear,
      mentors: input.mentors,
      excludeClaimId: claim.id,
    });
    const amountPence = claimAmountPence(
      school.ratePence,
      input.mentors.map((m) => m.hours),
    );

    let revisionId: string | null = null;
    if (supportRevision) {
      const snapshot = await tx.claim.create({
        data: {
          schoolId: claim.schoolId,
          providerId: claim.providerId,
          claimWindowId: claim.claimWindowId,
          reference: null,
          status: "internal_draft",
          submittedAt: claim.submittedAt,
          submittedById: claim.submittedById,
          submittedByType: claim.submittedByType,
          createdById: claim.createdById,
          createdByType: claim.createdByType,
          amountPence: claim.amountPence,
          previousRevisionId: claim.previousRevisionId,
          mentorTrainings: {
            create: claim.mentorTrainings.map((t) => ({
              mentorId: t.mentorId,
              providerId: t.providerId,
              hoursCompleted: t.hoursCompleted,
              trainingType: t.trainingType,
            })),
          },
        },
        select: { id: true },
      });
      revisionId = snapshot.id;
    }

    const reference = claim.reference ?? (await newReference(tx));
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, schoolId: school.id, status: claim.status, version: input.version },
      data: {
        providerId: provider.id,
        amountPence,
        reference,
        version: { increment: 1 },
        ...(revisionId ? { previousRevisionId: revisionId } : {}),
        ...(submitting
          ? { status: "submitted", submittedAt: now, submittedByType: "User", submittedById: actor.id }
          : {}),
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.mentorTraining.deleteMany({ where: { claimId: claim.id } });
    await tx.mentorTraining.createMany({
      data: input.mentors.map((m) => ({
        claimId: claim.id,
        mentorId: m.mentorId,
        providerId: provider.id,
        hoursCompleted: m.hours,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: submitting ? "claim.submitted" : revisionId ? "claim.revised" : "claim.updated",
      recordType: "Claim",
      recordId: claim.id,
      requestId: opts.requestId,
      changes: {
        before: {
          providerId: claim.providerId,
          amountPence: claim.amountPence,
          mentors: claim.mentorTrainings.map((t) => ({ mentorId: t.mentorId, hours: t.hoursCompleted })),
        },
        after: { providerId: provider.id, amountPence, mentors: input.mentors },
        ...(revisionId ? { previousRevisionId: revisionId } : {}),
      },
    });
    if (submitting) {
      await queueSubmittedEmail(tx, actor, {
        id: claim.id,
        schoolId: school.id,
        reference,
        amountPence,
        mentorCount: input.mentors.length,
        providerName: provider.name,
      });
    }
    return {
      claimId: claim.id,
      reference,
      status: submitting ? ("submitted" as const) : claim.status,
      revisionId,
      totalHours: totalHours(input.mentors.map((m) => m.hours)),
    };
  });
}

/** Removes a draft (anyone with access), an invalid-provider claim (its creator or support) or, for support, a submitted claim. Trainings go with it. */
export async function removeClaim(
  db: Db,
  actor: SessionUser,
  input: { schoolId: string; claimId: string },
  opts: { requestId?: string } = {},
) {
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    if (!canRemoveClaim(actor, claim)) throw new DomainError("You cannot remove this claim");
    const revisionIds: string[] = [];
    let previousId = claim.previousRevisionId;
    while (previousId && !revisionIds.includes(previousId) && revisionIds.length < 100) {
      revisionIds.push(previousId);
      previousId =
        (
          await tx.claim.findFirst({
            where: { id: previousId, schoolId: input.schoolId, status: "internal_draft" },
            select: { previousRevisionId: true },
          })
        )?.previousRevisionId ?? null;
    }
    const removed = await tx.claim.deleteMany({
      where: { id: claim.id, schoolId: input.schoolId, status: claim.status, version: claim.version },
    });
    if (removed.count !== 1) throw new ConflictError();
    if (revisionIds.length)
      await tx.claim.deleteMany({
        where: { id: { in: revisionIds }, schoolId: input.schoolId, status: "internal_draft" },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.removed",
      recordType: "Claim",
      recordId: claim.id,
      requestId: opts.requestId,
      changes: { reference: claim.reference, status: claim.status, amountPence: claim.amountPence },
    });
    return { claimId: claim.id };
  });
}
