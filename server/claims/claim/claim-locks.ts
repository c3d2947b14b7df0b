import { randomInt } from "node:crypto";
import { Prisma } from "#prisma/generated/client.ts";
import type { Db, Tx } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { logger } from "../../logger.ts";
import { mentorAllowances } from "./funding.ts";

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

export async function advisoryLock(tx: Tx, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/**
 * Mentors must be the school's claims mentors, with hours left for this provider and year (checked under the locks).
 * The membership check and the allowance locks are one statement; the locks are taken in one fixed (byte) order,
 * and the hours are summed by the next statement, which sees every claim committed before the locks were granted.
 */
export async function assertWithinAllowance(
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
  const keys = [...new Set(ids)].map((id) => `claims.allowance:${id}:${opts.providerId}:${opts.academicYear.id}`);
  const [{ memberships }] = await tx.$queryRaw<[{ memberships: number }]>`
    SELECT (SELECT count(*)::int FROM mentor_memberships m
             WHERE m.school_id = ${opts.schoolId}::uuid AND m.type = 'Claims::MentorMembership'
               AND m.mentor_id = ANY(${ids}::uuid[])) AS memberships,
           (SELECT count(pg_advisory_xact_lock(hashtextextended(k.key, 0)))
              FROM (SELECT key FROM unnest(${keys}::text[]) AS key ORDER BY key COLLATE "C") AS k) AS locks`;
  if (memberships !== new Set(ids).size) throw new HoursNoLongerAvailableError();
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

export type LockedClaim = Awaited<ReturnType<typeof lockedClaim>>;
