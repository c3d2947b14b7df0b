import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import {
  academicYearAttributes,
  academicYearFor,
  academicYearStartYear,
} from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";

export type SelectedYear = { id: string; name: string; startsOn: Date; which: "this" | "next" };

async function thisAndNext(db: DbOrTx, today = londonToday()) {
  const current = await academicYearFor(db, today);
  const next = await academicYearFor(db, academicYearAttributes(academicYearStartYear(today) + 1).startsOn);
  return { current, next };
}

/**
 * The academic year a placements user works in: the one chosen in the header ("This year" / "Next year"), stored on
 * the user; this year when nothing (or a year now in the past) was chosen.
 */
export async function selectedAcademicYear(db: DbOrTx, userId: string): Promise<SelectedYear> {
  const { current, next } = await thisAndNext(db);
  const user = await db.user.findUnique({ where: { id: userId }, select: { selectedAcademicYearId: true } });
  const year =
    user?.selectedAcademicYearId === next.id
      ? { ...next, which: "next" as const }
      : { ...current, which: "this" as const };
  return { id: year.id, name: year.name, startsOn: year.startsOn, which: year.which };
}

export async function academicYearChoices(db: DbOrTx) {
  const { current, next } = await thisAndNext(db);
  return {
    this: { id: current.id, name: current.name },
    next: { id: next.id, name: next.name },
  };
}

export async function selectAcademicYear(db: DbOrTx, userId: string, which: "this" | "next") {
  const { current, next } = await thisAndNext(db);
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { selectedAcademicYearId: which === "next" ? next.id : current.id },
  });
  if (count === 0) throw new NotFoundError();
}
