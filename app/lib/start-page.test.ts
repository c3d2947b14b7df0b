import { afterEach, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createAcademicYear, createClaimWindow } from "#tests/factories/index.ts";
import { claimWindowForStartPage } from "./start-page.server.ts";

const getDb = useTestDatabase();

describe("the start page's claim window", () => {
  afterEach(() => vi.useRealTimers());

  it("at 00:30 BST the window that opens that UK day is the current one (the UTC date is still the day before)", async () => {
    const db = await getDb();
    const year = await createAcademicYear(db, 2025);
    await createClaimWindow(db, {
      academicYearId: year.id,
      startsOn: new Date("2026-05-01T00:00:00Z"),
      endsOn: new Date("2026-06-15T00:00:00Z"),
    });
    await createClaimWindow(db, {
      academicYearId: year.id,
      startsOn: new Date("2026-06-16T00:00:00Z"),
      endsOn: new Date("2026-07-31T00:00:00Z"),
    });
    // Only Date is faked: the database driver keeps its real timers.
    vi.useFakeTimers({ now: new Date("2026-06-15T23:30:00Z"), toFake: ["Date"] });
    expect(await claimWindowForStartPage()).toMatchObject({ opens: "16 June 2026", closes: "31 July 2026" });
  });
});
