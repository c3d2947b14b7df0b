import type { DbOrTx } from "../../db.ts";
import { academicYearFor } from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";

/**
 * The academic year a placements user works in: "This year" or "Next year", chosen from the header and kept on
 * the user (`users.selected_academic_year_id`). Every placements page (school and provider) is scoped to it.
 */
export type AcademicYearChoice = "current" | "next";

function nextYearDate(today: Date) {
  return new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), Math.min(today.getUTCDate(), 28)));
}

/** This year and next year, created on the fly when missing. */
export async function placementsAcademicYears(db: DbOrTx, now = new Date()) {
  const today = londonToday(now);
  const [current, next] = await Promise.all([academicYearFor(db, today), academicYearFor(db, nextYearDate(today))]);
  return {
    current: { id: current.id, name: current.name, startsOn: current.startsOn },
    next: { id: next.id, name: next.name, startsOn: next.startsOn },
  };
}

/**
 * The user's selected year. A user who never chose, or whose choice is no longer this or next year (a year has
 * passed), works in next year: schools plan placements for the coming year.
 */
export async function selectedAcademicYear(db: DbOrTx, userId: string, now = new Date()) {
  const years = await placementsAcademicYears(db, now);
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { selectedAcademicYearId: true } });
  const choice: AcademicYearChoice = user.selectedAcademicYearId === years.current.id ? "current" : "next";
  return { ...years[choice], choice, years };
}

export async function selectAcademicYear(db: DbOrTx, userId: string, choice: AcademicYearChoice, now = new Date()) {
  const years = await placementsAcademicYears(db, now);
  await db.user.update({ where: { id: userId }, data: { selectedAcademicYearId: years[choice].id } });
  return years[choice];
}
