import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createEligibility,
  createSchool,
} from "#tests/factories/index.ts";
import { claimsWorld } from "./claim-test-setup.ts";
import { NotFoundError } from "../../errors.ts";
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
    expect(page.closesAt).toBe("2026-07-31T22:59:00.000Z");
    // 12:00 UTC is 1pm BST: 10 hours and 59 minutes to 11:59pm.
    expect(page.minutesLeftOnLastDay).toBe(10 * 60 + 59);
  });

  it("30 days before the close the countdown starts", async () => {
    const { db, school } = await schoolInWindowEnding31July();
    expect(
      (await listSchoolClaims(db, { id: school.id, region: anyRegion }, { now: new Date("2026-07-01T08:00:00Z") }))
        .closesInDays,
    ).toBe(30);
    expect(
      (await listSchoolClaims(db, { id: school.id, region: anyRegion }, { now: new Date("2026-07-01T08:00:00Z") }))
        .minutesLeftOnLastDay,
    ).toBeNull();
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
    expect(page.previousWindow?.endsOn).toBe("2026-07-31T00:00:00.000Z");
  });
});

describe("school claims index: the claims of the selected year", () => {
  const getDb = useTestDatabase();

  it("lists the school's claims of the year (not internal drafts, not other schools'), unsubmitted first then newest", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const claim = (opts: {
      status: "draft" | "submitted" | "internal_draft";
      trainings: { mentorId: string; hours: number }[];
    }) => createClaimRow(db, { schoolId: w.school.id, providerId: w.provider.id, claimWindowId: w.window.id, ...opts });
    const older = await claim({ status: "submitted", trainings: [{ mentorId: w.m1.id, hours: 3 }] });
    // Milliseconds and a time of day that is a different date in London in summer: the list gives it as toISOString.
    const olderSubmittedAt = new Date("2026-06-30T23:30:05.078Z");
    await db.claim.update({ where: { id: older.id }, data: { submittedAt: olderSubmittedAt, amountPence: 12_345 } });
    const newer = await claim({ status: "submitted", trainings: [{ mentorId: w.m2.id, hours: 1 }] });
    await db.claim.update({ where: { id: newer.id }, data: { amountPence: 999 } });
    const draft = await claim({
      status: "draft",
      trainings: [
        { mentorId: w.m2.id, hours: 2 },
        { mentorId: w.m1.id, hours: 4 },
      ],
    });
    await claim({ status: "internal_draft", trainings: [{ mentorId: w.m1.id, hours: 1 }] });
    await createClaimRow(db, {
      schoolId: w.otherSchool.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: 1 }],
    });
    const school = await db.school.findUniqueOrThrow({
      where: { id: w.school.id },
      select: { id: true, region: { select: { name: true, claimsFundingAvailablePerHourPence: true } } },
    });
    const rate = school.region.claimsFundingAvailablePerHourPence;

    const { claims } = await listSchoolClaims(db, school);
    expect(claims.map((c) => c.id)).toEqual([draft.id, newer.id, older.id]);
    expect(claims[0]).toMatchObject({
      status: "draft",
      submittedAt: null,
      providerName: "Best Practice Network",
      // Mentors by first name; a draft's amount is worked out from its hours now.
      mentors: ["Alice Able", "Bob Baker"],
      amountPence: rate * 6,
    });
    // A submitted claim shows the amount recorded when it was submitted.
    expect(claims[1]).toMatchObject({ status: "submitted", mentors: ["Bob Baker"], amountPence: 999 });
    expect(claims[2]).toMatchObject({
      amountPence: 12_345,
      submittedAt: olderSubmittedAt.toISOString(),
      reference: older.reference,
    });
  });
});

describe("school claims index: which academic year is listed", () => {
  const getDb = useTestDatabase();

  /** Last year's window (1 Sep–31 Oct 2031) and this year's (1 Sep–31 Oct 2032), a claim in each. */
  async function twoYears() {
    const db = await getDb();
    const w = await claimsWorld(db);
    const lastYear = await createAcademicYear(db, 2031);
    const thisYear = await createAcademicYear(db, 2032);
    await db.claimWindow.deleteMany({});
    const windowFor = (academicYearId: string, year: number) =>
      createClaimWindow(db, {
        academicYearId,
        startsOn: new Date(Date.UTC(year, 8, 1)),
        endsOn: new Date(Date.UTC(year, 9, 31)),
      });
    const claimIn = async (windowId: string) =>
      createClaimRow(db, {
        schoolId: w.school.id,
        providerId: w.provider.id,
        claimWindowId: windowId,
        trainings: [{ mentorId: w.m1.id, hours: 2 }],
      });
    const lastYearClaim = await claimIn((await windowFor(lastYear.id, 2031)).id);
    const thisYearClaim = await claimIn((await windowFor(thisYear.id, 2032)).id);
    await createEligibility(db, w.school.id, thisYear.id);
    const school = { id: w.school.id, region: anyRegion };
    return { db, school, lastYear, thisYear, lastYearClaim, thisYearClaim };
  }

  it("in a window: its year, with the earlier year as a tab", async () => {
    const { db, school, lastYear, thisYear, thisYearClaim } = await twoYears();
    const page = await listSchoolClaims(db, school, { now: new Date("2032-10-01T12:00:00Z") });
    expect(page.selectedAcademicYear?.id).toBe(thisYear.id);
    expect(page.academicYears.map((y) => y.id)).toEqual([thisYear.id, lastYear.id]);
    expect(page.claims.map((c) => c.id)).toEqual([thisYearClaim.id]);
    expect(page.canAddClaim).toBe(true);
  });

  it("between windows: the year of the window that closed last; the next window is only announced", async () => {
    const { db, school, lastYear, lastYearClaim } = await twoYears();
    const page = await listSchoolClaims(db, school, { now: new Date("2032-06-01T12:00:00Z") });
    expect(page.selectedAcademicYear?.id).toBe(lastYear.id);
    expect(page.academicYears.map((y) => y.id)).toEqual([lastYear.id]);
    expect(page.claims.map((c) => c.id)).toEqual([lastYearClaim.id]);
    expect(page.upcomingWindow?.startsOn).toBe("2032-09-01T00:00:00.000Z");
    expect(page.canAddClaim).toBe(false);
  });

  it("a year asked for by its tab; a year whose window has not opened is not found", async () => {
    const { db, school, lastYear, thisYear, lastYearClaim } = await twoYears();
    const inWindow = new Date("2032-10-01T12:00:00Z");
    const page = await listSchoolClaims(db, school, { now: inWindow, academicYearId: lastYear.id });
    expect(page.selectedAcademicYear?.id).toBe(lastYear.id);
    expect(page.claims.map((c) => c.id)).toEqual([lastYearClaim.id]);
    await expect(
      listSchoolClaims(db, school, { now: new Date("2032-06-01T12:00:00Z"), academicYearId: thisYear.id }),
    ).rejects.toThrow(NotFoundError);
  });

  it("no claim windows: no year and no claims", async () => {
    const { db, school } = await twoYears();
    await db.claimWindow.deleteMany({});
    const page = await listSchoolClaims(db, school, { now: new Date("2032-10-01T12:00:00Z") });
    expect(page).toMatchObject({ selectedAcademicYear: null, academicYears: [], claims: [], currentWindow: null });
  });
});
