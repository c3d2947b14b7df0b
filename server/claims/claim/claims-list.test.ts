import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createAcademicYear, createClaimWindow, createEligibility, createSchool } from "#tests/factories/index.ts";
import { listSchoolClaims } from "./claim.service.ts";

/** The deadline rules do not depend on the funding rate. */
const anyRegion = { name: "Inner London", claimsFundingAvailablePerHourPence: 5360 };

describe("school claims index: the claim window deadline in UK time", () => {
  const getDb = useTestDatabase();

  async function schoolInWindowEnding31July() {
    const db = await getDb();
    const ay = await createAcademicYear(db, 2025);
    await createClaimWindow(db, {
      academicYearId: ay.id,
      startsOn: new Date("2026-05-01T00:00:00Z"),
      endsOn: new Date("2026-07-31T00:00:00Z"),
    });
    const school = await createSchool(db);
    await createEligibility(db, school.id, ay.id);
    return { db, school };
  }

  it("on the last day the deadline is 11:59pm BST and the window is still open", async () => {
    const { db, school } = await schoolInWindowEnding31July();
    const page = await listSchoolClaims(
      db,
      { id: school.id, region: anyRegion },
      { now: new Date("2026-07-31T12:00:00Z") },
    );
    expect(page.canAddClaim).toBe(true);
    expect(page.closesInDays).toBe(0);
    expect(page.closesAt?.toISOString()).toBe("2026-07-31T22:59:00.000Z");
  });

  it("30 days before the close the countdown starts", async () => {
    const { db, school } = await schoolInWindowEnding31July();
    expect(
      (await listSchoolClaims(db, { id: school.id, region: anyRegion }, { now: new Date("2026-07-01T08:00:00Z") }))
        .closesInDays,
    ).toBe(30);
    expect(
      (await listSchoolClaims(db, { id: school.id, region: anyRegion }, { now: new Date("2026-06-30T08:00:00Z") }))
        .closesInDays,
    ).toBe(31);
  });

  it("at 00:30 on 1 August in the UK (23:30 UTC on 31 July) the window has closed", async () => {
    const { db, school } = await schoolInWindowEnding31July();
    const page = await listSchoolClaims(
      db,
      { id: school.id, region: anyRegion },
      { now: new Date("2026-07-31T23:30:00Z") },
    );
    expect(page.currentWindow).toBeNull();
    expect(page.canAddClaim).toBe(false);
    expect(page.previousWindow?.endsOn.toISOString()).toBe("2026-07-31T00:00:00.000Z");
  });
});
