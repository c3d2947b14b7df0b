import { getDb } from "#server/db.ts";
import { formatDate } from "./format";

/** The current (or else the latest past) claim window, for the public start page. */
export async function claimWindowForStartPage() {
  const db = await getDb();
  const today = new Date(new Date().toISOString().slice(0, 10));
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
