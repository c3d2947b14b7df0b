import type { DbOrTx } from "../../db.ts";

/**
 * Whether a school may claim for an academic year: it takes part in claims and has an
 * eligibility row for that year (reference: `Claims::School#eligible_for_claim_window?`).
 */
export async function isEligible(db: DbOrTx, schoolId: string, academicYearId: string): Promise<boolean> {
  const row = await db.eligibility.findFirst({
    where: { schoolId, academicYearId, school: { claimsService: true } },
    select: { id: true },
  });
  return row !== null;
}

/** The ids of the academic years a school is eligible for. */
export async function eligibleAcademicYearIds(db: DbOrTx, schoolId: string): Promise<string[]> {
  const rows = await db.eligibility.findMany({
    where: { schoolId, school: { claimsService: true } },
    select: { academicYearId: true },
  });
  return rows.map((r) => r.academicYearId);
}
