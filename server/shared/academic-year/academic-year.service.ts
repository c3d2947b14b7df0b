import type { DbOrTx } from "../../db.ts";

/** The start year of the academic year (1 September to 31 August) that contains the date (UTC). */
export function academicYearStartYear(date: Date): number {
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** "2024 to 2025" with its 1 September – 31 August dates (UTC midnight, as `@db.Date`). */
export function academicYearAttributes(startYear: number) {
  return {
    name: `${startYear} to ${startYear + 1}`,
    startsOn: new Date(Date.UTC(startYear, 8, 1)),
    endsOn: new Date(Date.UTC(startYear + 1, 7, 31)),
  };
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * The academic year covering `date`, created on the fly when missing (as the reference's
 * `AcademicYear.for_date`). Safe when two requests create the same year at once: the insert is
 * an upsert on the unique name, and a lost race (unique violation) reads the winner's row.
 */
export async function academicYearFor(db: DbOrTx, date: Date) {
  const attrs = academicYearAttributes(academicYearStartYear(date));
  // The year almost always exists: one read, and the upsert (a transaction) only the first time.
  const existing = await db.academicYear.findUnique({ where: { name: attrs.name } });
  if (existing) return existing;
  try {
    return await db.academicYear.upsert({ where: { name: attrs.name }, create: attrs, update: {} });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.academicYear.findUniqueOrThrow({ where: { name: attrs.name } });
  }
}

/** Every academic year, newest first (the claim window form's radios). */
export function listAcademicYears(db: DbOrTx) {
  return db.academicYear.findMany({
    orderBy: { startsOn: "desc" },
    select: { id: true, name: true, startsOn: true, endsOn: true },
  });
}
