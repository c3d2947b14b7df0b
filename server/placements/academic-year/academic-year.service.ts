import type { DbOrTx } from "../../db.ts";
import {
  academicYearAttributes,
  academicYearFor,
  academicYearStartYear,
} from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";

/**
 * The academic year a placements user works in: "This year" or "Next year", chosen from the header and kept on
 * the user (`users.selected_academic_year_id`). Every placements page (school and provider) is scoped to it.
 */
export type AcademicYearChoice = "current" | "next";

function nextYearDate(today: Date) {
  return new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), Math.min(today.getUTCDate(), 28)));
}

/** This year and next year (one read; created on the fly when missing). */
export async function placementsAcademicYears(db: DbOrTx, now = new Date()) {
  return (await readYears(db, now, null)).years;
}

/** This year and next year, and which of them the user (if any) selected, in one statement. */
async function readYears(db: DbOrTx, now: Date, userId: string | null) {
  const today = londonToday(now);
  const dates = [today, nextYearDate(today)] as const;
  const names = dates.map((date) => academicYearAttributes(academicYearStartYear(date)).name);
  const found = await db.academicYear.findMany({
    where: { name: { in: names } },
    select: {
      id: true,
      name: true,
      startsOn: true,
      ...(userId ? { selectedByUsers: { where: { id: userId }, select: { id: true } } } : {}),
    },
  });
  const byName = new Map(found.map((year) => [year.name, year]));
  const current = byName.get(names[0]!) ?? (await academicYearFor(db, dates[0]));
  const next = byName.get(names[1]!) ?? (await academicYearFor(db, dates[1]));
  const selectedId = found.find((year) => year.selectedByUsers?.length)?.id ?? null;
  return {
    years: {
      current: { id: current.id, name: current.name, startsOn: current.startsOn },
      next: { id: next.id, name: next.name, startsOn: next.startsOn },
    },
    selectedId,
  };
}

/**
 * The user's selected year. A user who never chose, or whose choice is no longer this or next year (a year has
 * passed), works in next year: schools plan placements for the coming year.
 */
export async function selectedAcademicYear(db: DbOrTx, userId: string, now = new Date()) {
  const { years, selectedId } = await readYears(db, now, userId);
  const choice: AcademicYearChoice = selectedId === years.current.id ? "current" : "next";
  return { ...years[choice], choice, years };
}

export async function selectAcademicYear(db: DbOrTx, userId: string, choice: AcademicYearChoice, now = new Date()) {
  const years = await placementsAcademicYears(db, now);
  await db.user.update({ where: { id: userId }, data: { selectedAcademicYearId: years[choice].id } });
  return years[choice];
}
