import type { ClaimStatus } from "#prisma/generated/enums.ts";
import { Prisma } from "#prisma/generated/client.ts";
import type { DbOrTx } from "../../db.ts";

/**
 * Funding rules for claims.
 *
 * - amount (pence) = the school's region rate per hour × total hours (integers only).
 * - The training allowance is per (mentor, provider, academic year of the claim's window):
 *   initial 20 hours for academic years starting before 2025-01-01, 16 from 2025/26;
 *   refresher 6 when the mentor had a non-draft claim with the same provider in an earlier
 *   academic year (one that ended on or before this one starts).
 * - Hours used count every claim of that academic year except internal drafts (which include
 *   superseded revisions) and claims the payer rejected, and never the claim being edited.
 */
export const INITIAL_HOURS_BEFORE_2025 = 20;
export const INITIAL_HOURS_FROM_2025 = 16;
export const REFRESHER_HOURS = 6;
const SMALLER_ALLOWANCE_FROM = Date.UTC(2025, 0, 1);

export type TrainingType = "initial" | "refresher";

/** Statuses that are not yet a claim (refresher rule: "any non-draft claim"). */
export const DRAFT_STATUSES: ClaimStatus[] = ["internal_draft", "draft"];
/** Statuses whose hours do not count against the allowance. */
export const STATUSES_NOT_USING_HOURS: ClaimStatus[] = ["internal_draft", "payment_not_approved"];

export function initialHours(academicYearStartsOn: Date): number {
  return academicYearStartsOn.getTime() < SMALLER_ALLOWANCE_FROM ? INITIAL_HOURS_BEFORE_2025 : INITIAL_HOURS_FROM_2025;
}

export function totalAllowance(type: TrainingType, academicYearStartsOn: Date): number {
  return type === "refresher" ? REFRESHER_HOURS : initialHours(academicYearStartsOn);
}

export interface Allowance {
  trainingType: TrainingType;
  total: number;
  used: number;
  remaining: number;
}

export function allowance(type: TrainingType, academicYearStartsOn: Date, used: number): Allowance {
  const total = totalAllowance(type, academicYearStartsOn);
  return { trainingType: type, total, used, remaining: Math.max(0, total - used) };
}

/** Rate × hours in integer pence. Throws on anything that is not a non-negative whole number. */
export function claimAmountPence(ratePencePerHour: number, hours: readonly number[]): number {
  if (!Number.isSafeInteger(ratePencePerHour) || ratePencePerHour < 0) throw new RangeError("rate must be whole pence");
  let total = 0;
  for (const h of hours) {
    if (!Number.isSafeInteger(h) || h < 0) throw new RangeError("hours must be whole numbers");
    total += h;
  }
  return ratePencePerHour * total;
}

export function totalHours(hours: readonly number[]): number {
  return hours.reduce((sum, h) => sum + h, 0);
}

export interface AcademicYearRef {
  id: string;
  startsOn: Date;
}

/**
 * Allowance of each mentor with one provider in one academic year, read from the database
 * (inside the submit transaction this is the re-check that enforces the cap).
 */
export async function mentorAllowances(
  db: DbOrTx,
  opts: {
    mentorIds: readonly string[];
    providerId: string;
    academicYear: AcademicYearRef;
    excludeClaimId?: string | null;
  },
): Promise<Map<string, Allowance>> {
  const mentorIds = [...new Set(opts.mentorIds)];
  const result = new Map<string, Allowance>();
  if (mentorIds.length === 0) return result;
  // One statement for both rules: refresher = a non-draft claim with this provider in an earlier academic year;
  // used = the hours of this year's claims that count, the claim being edited left out.
  const rows = await db.$queryRaw<{ mentorId: string; refresher: boolean; used: number }[]>(Prisma.sql`
    SELECT m.id AS "mentorId",
      EXISTS (
        SELECT 1 FROM mentor_trainings t
        JOIN claims c ON c.id = t.claim_id
        JOIN claim_windows w ON w.id = c.claim_window_id
        JOIN academic_years y ON y.id = w.academic_year_id
        WHERE t.mentor_id = m.id AND t.provider_id = ${opts.providerId}::uuid
          AND c.status::text NOT IN (${Prisma.join(DRAFT_STATUSES)})
          AND y.ends_on <= ${opts.academicYear.startsOn.toISOString().slice(0, 10)}::date
      ) AS refresher,
      COALESCE((
        SELECT SUM(t.hours_completed) FROM mentor_trainings t
        JOIN claims c ON c.id = t.claim_id
        JOIN claim_windows w ON w.id = c.claim_window_id
        WHERE t.mentor_id = m.id AND t.provider_id = ${opts.providerId}::uuid
          AND c.status::text NOT IN (${Prisma.join(STATUSES_NOT_USING_HOURS)})
          AND w.academic_year_id = ${opts.academicYear.id}::uuid
          AND c.id IS DISTINCT FROM ${opts.excludeClaimId ?? null}::uuid
      ), 0)::int AS used
    FROM unnest(${mentorIds}::uuid[]) AS m(id)`);
  for (const row of rows) {
    result.set(row.mentorId, allowance(row.refresher ? "refresher" : "initial", opts.academicYear.startsOn, row.used));
  }
  return result;
}
