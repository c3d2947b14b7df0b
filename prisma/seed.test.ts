import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDatabase, openDatabase, type OpenedDatabase } from "../server/db.ts";
import { PERSONAS } from "./seed-data/personas.ts";
import { academicYearStartYear, seed, utcDate } from "./seed.ts";

type Db = OpenedDatabase["db"];

async function counts(db: Db) {
  return {
    regions: await db.region.count(),
    academicYears: await db.academicYear.count(),
    claimWindows: await db.claimWindow.count(),
    subjects: await db.subject.count(),
    keyStages: await db.keyStage.count(),
    terms: await db.term.count(),
    senProvisions: await db.senProvision.count(),
    bankHolidays: await db.bankHoliday.count(),
    trusts: await db.trust.count(),
    schools: await db.school.count(),
    providers: await db.provider.count(),
    providerEmails: await db.providerEmailAddress.count(),
    mentors: await db.mentor.count(),
    mentorMemberships: await db.mentorMembership.count(),
    users: await db.user.count(),
    memberships: await db.userMembership.count(),
    eligibilities: await db.eligibility.count(),
    claims: await db.claim.count(),
    mentorTrainings: await db.mentorTraining.count(),
    placements: await db.placement.count(),
    placementWindows: await db.placementWindow.count(),
    schoolContacts: await db.schoolContact.count(),
    hostingInterests: await db.hostingInterest.count(),
    partnerships: await db.partnership.count(),
  };
}

describe("seed", () => {
  let opened: OpenedDatabase;
  const today = utcDate(2026, 11, 29);

  beforeAll(async () => {
    opened = await openDatabase({ pgliteDir: "memory://", seedIfEmpty: false });
  }, 60_000);
  afterAll(async () => {
    await opened?.close();
  });

  it("is idempotent: a second run changes no counts", async () => {
    const { db } = opened;
    expect(await checkDatabase(db)).toMatchObject({ ok: true });
    await seed(db, { today });
    const first = await counts(db);
    expect(first.regions).toBe(4);
    expect(first.schools).toBeGreaterThanOrEqual(50);
    expect(first.providers).toBeGreaterThanOrEqual(20);
    expect(first.claims).toBe(16);
    await seed(db, { today });
    expect(await counts(db)).toEqual(first);
  }, 60_000);

  it("creates the regions with their pence rates and schools in every region", async () => {
    const { db } = opened;
    const regions = await db.region.findMany({
      include: { _count: { select: { schools: true } } },
      orderBy: { name: "asc" },
    });
    expect(Object.fromEntries(regions.map((r) => [r.name, r.claimsFundingAvailablePerHourPence]))).toEqual({
      "Inner London": 5360,
      "Outer London": 4825,
      Fringe: 4510,
      "Rest of England": 4380,
    });
    for (const r of regions) expect(r._count.schools, r.name).toBeGreaterThan(0);
  });

  it("creates every persona with its organisations", async () => {
    const { db } = opened;
    for (const p of PERSONAS) {
      const user = await db.user.findUnique({
        where: { service_email: { service: p.service, email: p.email } },
        include: { memberships: true },
      });
      expect(user, `${p.service} ${p.email}`).toMatchObject({ type: p.type, kind: p.kind, firstName: p.firstName });
      if (p.kind === "user") expect(user!.memberships.length, `${p.service} ${p.email}`).toBeGreaterThan(0);
    }
    const bpn = await db.provider.findFirstOrThrow({ where: { name: "Best Practice Network" } });
    expect(bpn.accredited).toBe(true);
    const anne = await db.user.findUniqueOrThrow({
      where: { service_email: { service: "claims", email: "anne_wilson@example.org" } },
      include: { memberships: { include: { school: true } } },
    });
    expect(anne.memberships).toHaveLength(1);
    expect(anne.memberships[0].school?.claimsGrantConditionsAcceptedAt).not.toBeNull();
    const mary = await db.user.findUniqueOrThrow({
      where: { service_email: { service: "claims", email: "mary@example.com" } },
      include: { memberships: { include: { school: true } } },
    });
    expect(mary.memberships.length).toBeGreaterThan(1);
    expect(mary.memberships.some((m) => m.school?.claimsGrantConditionsAcceptedAt === null)).toBe(true);
  });

  it("has a claim window containing today in the current academic year, and a past one", async () => {
    const { db } = opened;
    const current = await db.claimWindow.findFirstOrThrow({
      where: { startsOn: { lte: today }, endsOn: { gte: today } },
      include: { academicYear: true },
    });
    expect(current.academicYear.name).toBe(`${academicYearStartYear(today)} to ${academicYearStartYear(today) + 1}`);
    expect(await db.claimWindow.count({ where: { endsOn: { lt: today } } })).toBeGreaterThan(0);
    const claims = await db.claim.findMany({ orderBy: { reference: "asc" }, include: { mentorTrainings: true } });
    expect(claims.map((c) => [c.reference, c.status])).toEqual([
      ["10000001", "submitted"],
      ["10000002", "draft"],
      ["10000003", "invalid_provider"],
      ["10000004", "invalid_provider"],
      ["30000001", "sampling_in_progress"],
      ["30000002", "sampling_provider_not_approved"],
      ["30000003", "paid"],
      ["30000004", "paid"],
      ["30000005", "sampling_not_approved"],
      ["40000001", "payment_in_progress"],
      ["40000002", "payment_in_progress"],
      ["40000003", "paid"],
      ["40000004", "paid"],
      ["40000005", "sampling_in_progress"],
      ["40000006", "sampling_in_progress"],
      ["40000007", "submitted"],
    ]);
    expect(claims[0].mentorTrainings.length).toBeGreaterThan(0);
    // invalid_provider claims: created by Mary with a provider that is not accredited, trainings with that provider
    const invalid = await db.claim.findMany({
      where: { status: "invalid_provider" },
      include: { provider: true, createdBy: true, mentorTrainings: true },
    });
    for (const c of invalid) {
      expect(c.provider?.accredited, c.reference!).toBe(false);
      expect(c.createdBy?.email).toBe("mary@example.com");
      expect(c.mentorTrainings.map((t) => t.providerId)).toEqual([c.providerId]);
    }
  });

  it("adds a non-overlapping current window when re-run later (the database would refuse an overlap)", async () => {
    const { db } = opened;
    const later = utcDate(2027, 2, 15);
    await seed(db, { today: later });
    const window = await db.claimWindow.findFirstOrThrow({
      where: { startsOn: { lte: later }, endsOn: { gte: later } },
    });
    expect(window.startsOn.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(window.endsOn.toISOString().slice(0, 10)).toBe("2027-03-31");
  }, 60_000);
});
