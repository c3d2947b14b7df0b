import { getDb } from "#server/db.ts";
import { londonToday } from "#server/shared/time/uk-time.ts";
import { formatDate } from "./format";

/** The current (or else the latest past) claim window, for the public start page. */
export async function claimWindowForStartPage() {
  const db = await getDb();
  // Windows open and close on UK dates: just after midnight in summer (BST) the UTC date is still yesterday.
  const today = londonToday();
  const window =
    (await db.claimWindow.findFirst({
      where: { discardedAt: null, startsOn: { lte: today }, endsOn: { gte: today } },
      include: { academicYear: true },
    })) ??
    (await db.claimWindow.findFirst({
      where: { discardedAt: null, endsOn: { lt: today } },
      orderBy: { endsOn: "desc" },
      include: { academicYear: true },
    }));
  if (!window) return null;
  return {
    academicYear: window.academicYear.name,
    opens: formatDate(window.startsOn),
    closes: formatDate(window.endsOn),
  };
}
