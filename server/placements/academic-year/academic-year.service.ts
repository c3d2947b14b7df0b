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

type YearRow = { id: string; name: string; startsOn: Date };

/** The names of this year and next year on the day `now` falls on in the UK. */
export function placementsYearNames(now = new Date()): [current: string, next: string] {
  const today = londonToday(now);
  return [today, nextYearDate(today)].map((date) => academicYearAttributes(academicYearStartYear(date)).name) as [
    string,
    string,
  ];
}

/**
 * The user's selected year, from the rows of this year and next year (any order) and the user's stored choice: a
 * user who never chose, or whose choice is no longer this or next year (a year has passed), works in next year:
 * schools plan placements for the coming year. Null when a row is missing (reading through `selectedAcademicYear`
 * creates it).
 */
export function selectedYearFrom(rows: YearRow[], selectedId: string | null, now = new Date()) {
  const [currentName, nextName] = placementsYearNames(now);
  const row = (name: string) => rows.find((year) => year.name === name);
  const current = row(currentName);
  const next = row(nextName);
  if (!current || !next) return null;
  const years = {
    current: { id: current.id, name: current.name, startsOn: current.startsOn },
    next: { id: next.id, name: next.name, startsOn: next.startsOn },
  };
  const choice: AcademicYearChoice = selectedId === current.id ? "current" : "next";
  return { ...years[choice], choice, years };
}

export type SelectedAcademicYear = NonNullable<ReturnType<typeof selectedYearFrom>>;

/** This year and next year (created when missing), and which of them the user (if any) selected. */
async function readYears(db: DbOrTx, now: Date, userId: string | null) {
  const names = placementsYearNames(now);
  const found = await db.academicYear.findMany({
    where: { name: { in: names } },
    select: {
      id: true,
      name: true,
      startsOn: true,
      ...(userId ? { selectedByUsers: { where: { id: userId }, select: { id: true } } } : {}),
    },
  });
  const today = londonToday(now);
  const rows: YearRow[] = [
    found.find((year) => year.name === names[0]) ?? (await academicYearFor(db, today)),
    found.find((year) => year.name === names[1]) ?? (await academicYearFor(db, nextYearDate(today))),
  ];
  const selectedId = found.find((year) => year.selectedByUsers?.length)?.id ?? null;
  const selected = selectedYearFrom(rows, selectedId, now)!;
  return { years: selected.years, selected };
}

/** The user's selected year (see `selectedYearFrom`); this year's and next year's rows are created when missing. */
export async function selectedAcademicYear(
  db: DbOrTx,
  userId: string,
  now = new Date(),
): Promise<SelectedAcademicYear> {
  return (await readYears(db, now, userId)).selected;
}

export async function selectAcademicYear(db: DbOrTx, userId: string, choice: AcademicYearChoice, now = new Date()) {
  const years = await placementsAcademicYears(db, now);
  await db.user.update({ where: { id: userId }, data: { selectedAcademicYearId: years[choice].id } });
  return years[choice];
}
