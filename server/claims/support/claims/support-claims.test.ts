import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "#server/claims/claim/claim-test-setup.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createProvider,
  createSchool,
} from "#tests/factories/index.ts";
import { MAX_PAGES } from "#server/shared/organisation/organisation-search.service.ts";
import { CLAIMS_PAGE_SIZE } from "./support-claims.service.ts";

const getDb = useTestDatabase();

async function world() {
  const db = await getDb();
  const w = await claimsWorld(db);
  const support = await w.caller(w.support.id);
  const claim = async (
    status: "submitted" | "draft" | "paid",
    submittedAt: Date | null,
    opts: { schoolId?: string; providerId?: string } = {},
  ) => {
    const row = await createClaimRow(db, {
      schoolId: opts.schoolId ?? w.school.id,
      providerId: opts.providerId ?? w.provider.id,
      claimWindowId: w.window.id,
      status,
      trainings: [{ mentorId: w.m1.id, hours: 2 }],
    });
    return db.claim.update({ where: { id: row.id }, data: { submittedAt } });
  };
  return { db, w, support, claim };
}

/** The academic year before the world's, with a claim window in its November. */
async function previousYear(db: Awaited<ReturnType<typeof getDb>>, thisYearStartsOn: Date) {
  const year = thisYearStartsOn.getUTCFullYear() - 1;
  const lastYear = await createAcademicYear(db, year);
  const lastYearsWindow = await createClaimWindow(db, {
    academicYearId: lastYear.id,
    startsOn: new Date(Date.UTC(year, 10, 1)),
    endsOn: new Date(Date.UTC(year, 10, 20)),
  });
  return { lastYear, lastYearsWindow };
}

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

describe("support All claims list", () => {
  it("lists non-draft claims newest submitted first with the total, a page at a time", async () => {
    const { support, claim } = await world();
    const older = await claim("paid", minutesAgo(30));
    const newest = await claim("submitted", minutesAgo(1));
    const middle = await claim("submitted", minutesAgo(10));
    await claim("draft", null);

    const list = await support.claims.support.claims.list({});
    expect(list.claims.map((c) => c.id)).toEqual([newest.id, middle.id, older.id]);
    expect(list.total).toBe(3);
    expect(list.totalPages).toBe(1);
    expect(list.claims[0]).toMatchObject({ schoolName: expect.any(String), mentors: ["Alice Able"] });
  });

  it("counts every matching claim across pages, and past the last page still gives the total", async () => {
    const { support, claim } = await world();
    for (let i = 0; i < CLAIMS_PAGE_SIZE + 2; i++) await claim("submitted", minutesAgo(i + 1));

    const second = await support.claims.support.claims.list({ page: 2 });
    expect(second.claims).toHaveLength(2);
    expect(second.total).toBe(CLAIMS_PAGE_SIZE + 2);
    expect(second.totalPages).toBe(2);

    const beyond = await support.claims.support.claims.list({ page: 5 });
    expect(beyond.claims).toEqual([]);
    expect(beyond.total).toBe(CLAIMS_PAGE_SIZE + 2);
  });

  it("lists at most 40 pages however many claims match, and says how many are listed", async () => {
    const { db, w, support } = await world();
    const count = MAX_PAGES * CLAIMS_PAGE_SIZE + 1;
    await db.$executeRaw`
      INSERT INTO claims (school_id, provider_id, claim_window_id, status, reference, submitted_at, updated_at)
      SELECT ${w.school.id}::uuid, ${w.provider.id}::uuid, ${w.window.id}::uuid, 'submitted', 'B' || n,
             now() - n * interval '1 minute', now()
        FROM generate_series(1, ${count}) AS n`;

    const first = await support.claims.support.claims.list({});
    expect(first).toMatchObject({ total: count, totalPages: MAX_PAGES, listedLimit: MAX_PAGES * CLAIMS_PAGE_SIZE });
    const deep = await support.claims.support.claims.list({ page: MAX_PAGES + 5 });
    expect(deep.page).toBe(MAX_PAGES);
    expect(deep.claims.map((c) => c.reference)).toEqual(
      Array.from({ length: CLAIMS_PAGE_SIZE }, (_, i) => `B${(MAX_PAGES - 1) * CLAIMS_PAGE_SIZE + i + 1}`),
    );
    expect((await support.claims.support.claims.list({ statuses: ["paid"] })).listedLimit).toBeNull();
  });

  it("filters by status and school, and the total follows the filter", async () => {
    const { db, w, support, claim } = await world();
    const paid = await claim("paid", minutesAgo(5));
    await claim("submitted", minutesAgo(4));
    const otherSchoolClaim = await claim("submitted", minutesAgo(3), { schoolId: w.otherSchool.id });
    expect(await db.claim.count()).toBe(3);

    const byStatus = await support.claims.support.claims.list({ statuses: ["paid"] });
    expect(byStatus.claims.map((c) => c.id)).toEqual([paid.id]);
    expect(byStatus.total).toBe(1);

    const bySchool = await support.claims.support.claims.list({ schoolIds: [w.otherSchool.id] });
    expect(bySchool.claims.map((c) => c.id)).toEqual([otherSchoolClaim.id]);
    expect(bySchool.total).toBe(1);
  });

  it("filters by academic year through the claims' windows", async () => {
    const { db, w, support, claim } = await world();
    const thisYear = await claim("submitted", minutesAgo(2));
    const { lastYear, lastYearsWindow } = await previousYear(db, w.ay.startsOn);
    const old = await claim("paid", minutesAgo(1));
    await db.claim.update({ where: { id: old.id }, data: { claimWindowId: lastYearsWindow.id } });

    const list = await support.claims.support.claims.list({ academicYearId: w.ay.id });
    expect(list.claims.map((c) => c.id)).toEqual([thisYear.id]);
    expect(list.total).toBe(1);
    expect((await support.claims.support.claims.list({ academicYearId: lastYear.id })).claims.map((c) => c.id)).toEqual(
      [old.id],
    );
  });
});

describe("support All claims page: the year and its claim windows", () => {
  it("lists the default year's claims with the filter options; windows of other years are left out of the filter", async () => {
    const { db, w, support, claim } = await world();
    const inWindow = await claim("submitted", minutesAgo(3));
    const laterWindow = await createClaimWindow(db, {
      academicYearId: w.ay.id,
      startsOn: new Date(w.window.endsOn.getTime() + 86_400_000),
      endsOn: new Date(w.window.endsOn.getTime() + 20 * 86_400_000),
    });
    const inLaterWindow = await claim("submitted", minutesAgo(2));
    await db.claim.update({ where: { id: inLaterWindow.id }, data: { claimWindowId: laterWindow.id } });
    const { lastYear, lastYearsWindow } = await previousYear(db, w.ay.startsOn);
    const lastYears = await claim("paid", minutesAgo(1));
    await db.claim.update({ where: { id: lastYears.id }, data: { claimWindowId: lastYearsWindow.id } });

    const page = await support.claims.support.claims.list({});
    expect(page.options.defaultAcademicYearId).toBe(w.ay.id);
    expect(page.options.academicYears.map((y) => y.id)).toEqual([w.ay.id, lastYear.id]);
    expect(page.claims.map((c) => c.id)).toEqual([inLaterWindow.id, inWindow.id]);
    // As toISOString gives it (PostgreSQL writes it: the page gets it as text either way).
    expect(page.claims[0]!.submittedAt).toBe(inLaterWindow.submittedAt!.toISOString());

    const oneWindow = await support.claims.support.claims.list({ claimWindowIds: [w.window.id, lastYearsWindow.id] });
    expect(oneWindow.claims.map((c) => c.id)).toEqual([inWindow.id]);
    expect(oneWindow.total).toBe(1);
    // Only another year's window: no window filter, the whole year.
    const otherYearsWindow = await support.claims.support.claims.list({ claimWindowIds: [lastYearsWindow.id] });
    expect(otherYearsWindow.claims.map((c) => c.id)).toEqual([inLaterWindow.id, inWindow.id]);
    const thatYear = await support.claims.support.claims.list({
      academicYearId: lastYear.id,
      claimWindowIds: [lastYearsWindow.id],
    });
    expect(thatYear.claims.map((c) => c.id)).toEqual([lastYears.id]);
  });

  it("the searches typed into the filters list their matches among the options", async () => {
    const { db, support } = await world();
    const zebra = await createSchool(db, { name: "Zebra Crossing Primary" });
    const page = await support.claims.support.claims.list({ schoolSearch: "zebra" });
    expect(page.options.schools.map((s) => s.id)).toEqual([zebra.id]);
  });
});

describe("support All claims filter options", () => {
  it("with nothing selected or searched: the years with their windows and the support users, no other options", async () => {
    const { w, support } = await world();
    const options = await support.claims.support.claims.filterOptions({
      schoolIds: [],
      providerIds: [],
      mentorIds: [],
    });
    expect(options.academicYears.map((y) => y.id)).toEqual([w.ay.id]);
    expect(options.academicYears[0]!.windows.map((x) => x.id)).toEqual([w.window.id]);
    expect(options.defaultAcademicYearId).toBe(w.ay.id);
    expect(options.supportUsers.map((u) => u.id)).toContain(w.support.id);
    expect(options).toMatchObject({ schools: [], providers: [], mentors: [] });
  });

  it("keeps the selected ones and adds up to 25 matching a search, each once, in name order", async () => {
    const { db, w, support, claim } = await world();
    const zebra = await createSchool(db, { name: "Zebra Crossing Primary" });
    await createSchool(db, { name: "Acorn Primary" });
    const acornProvider = await createProvider(db, { name: "Acorn Teaching School" });
    await claim("submitted", minutesAgo(1));

    const options = await support.claims.support.claims.filterOptions({
      schoolIds: [zebra.id, w.school.id],
      schoolSearch: "zebra",
      providerIds: [],
      providerSearch: "acorn",
      mentorIds: [],
      mentorSearch: "alice",
    });
    expect(options.schools.map((s) => s.id)).toEqual(
      [zebra, w.school].sort((a, b) => a.name.localeCompare(b.name)).map((s) => s.id),
    );
    expect(options.providers.map((p) => p.id)).toEqual([acornProvider.id]);
    // Mentors: only those trained on a claim in the chosen (default) academic year.
    expect(options.mentors.map((m) => m.id)).toEqual([w.m1.id]);
    expect(options.mentors[0]).toMatchObject({ name: "Alice Able", trn: w.m1.trn });
  });
});
