import { MAX_PAGES, pageOf } from "./organisation-search.service.ts";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimWindow,
  createProvider,
  createRegion,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

async function openWindow(db: Db) {
  const year = new Date().getUTCFullYear();
  const ay = await createAcademicYear(db, year - 1);
  const now = Date.now();
  await createClaimWindow(db, {
    academicYearId: ay.id,
    startsOn: new Date(now - 10 * 86400000),
    endsOn: new Date(now + 10 * 86400000),
  });
  return ay;
}

describe("organisation list pages", () => {
  it("lists at most MAX_PAGES pages and says how many rows are listed when more match", () => {
    expect(pageOf([], 990, 1)).toMatchObject({ totalPages: 40, listedLimit: null });
    expect(pageOf([], 1000, 1)).toMatchObject({ totalPages: 40, listedLimit: null });
    expect(pageOf([], 38_000, 1)).toMatchObject({ totalPages: MAX_PAGES, listedLimit: 1000 });
  });
});

describe("claims support organisations", () => {
  it("searches onboarded schools by name, URN or postcode, 25 per page", async () => {
    const db = await getDb();
    const colin = await createUser(db, { kind: "support" });
    for (let i = 0; i < 30; i++) await createSchool(db, { name: `Alpha School ${String(i).padStart(2, "0")}` });
    await createSchool(db, { name: "Beta Academy", urn: "123456" });
    await createSchool(db, { name: "Alpha Not In Claims", claims: false });
    const api = await callerAs(db, colin.id);
    const page1 = await api.claims.support.organisation.list({ query: "alpha" });
    expect(page1).toMatchObject({ total: 30, totalPages: 2 });
    expect(page1.items).toHaveLength(25);
    expect((await api.claims.support.organisation.list({ query: "alpha", page: 2 })).items).toHaveLength(5);
    expect((await api.claims.support.organisation.list({ query: "23456" })).items.map((s) => s.name)).toEqual([
      "Beta Academy",
    ]);
    expect((await api.claims.support.organisation.list({ query: "ab1 2c" })).total).toBe(31);
    // postcodes match however they are typed
    expect((await api.claims.support.organisation.list({ query: "ab12c" })).total).toBe(31);
    expect((await api.claims.support.organisation.list({ query: " AB1  2CD " })).total).toBe(31);
    expect((await api.claims.support.organisation.list({ query: "ab13" })).total).toBe(0);
    expect((await api.claims.support.organisation.list({ query: "%" })).total).toBe(0);
    // No deep OFFSET: a page beyond the last listed one (MAX_PAGES) reads that page instead.
    const deep = await api.claims.support.organisation.list({ query: "alpha", page: 500 });
    expect(deep).toMatchObject({ page: MAX_PAGES, totalPages: 2, listedLimit: null, items: [] });
  });

  it("onboards a school with eligibility for the window's academic year, once", async () => {
    const db = await getDb();
    const ay = await openWindow(db);
    const colin = await createUser(db, { kind: "support" });
    const school = await createSchool(db, { name: "Gamma School", claims: false });
    const api = await callerAs(db, colin.id);
    const candidates = await api.claims.support.organisation.candidates({ query: "gamma" });
    expect(candidates.map((c) => c.id)).toEqual([school.id]);
    await api.claims.support.organisation.onboardSchool({ schoolId: school.id });
    const row = await db.school.findUniqueOrThrow({ where: { id: school.id }, include: { eligibilities: true } });
    expect(row.claimsService).toBe(true);
    expect(row.manuallyOnboardedById).toBe(colin.id);
    expect(row.eligibilities.map((e) => e.academicYearId)).toEqual([ay.id]);
    await expect(api.claims.support.organisation.onboardSchool({ schoolId: school.id })).rejects.toThrow(
      "Gamma School has already been added",
    );
  });

  it("needs a current or upcoming claim window", async () => {
    const db = await getDb();
    const colin = await createUser(db, { kind: "support" });
    const school = await createSchool(db, { claims: false });
    await expect(
      (await callerAs(db, colin.id)).claims.support.organisation.onboardSchool({ schoolId: school.id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await db.school.findUniqueOrThrow({ where: { id: school.id } })).claimsService).toBe(false);
  });

  it("adds a manual organisation with a unique vendor number", async () => {
    const db = await getDb();
    await openWindow(db);
    const region = await createRegion(db, { name: "Inner London" });
    const colin = await createUser(db, { kind: "support" });
    const api = await callerAs(db, colin.id);
    const input = {
      name: "Delta Trust",
      vendorNumber: "5678901",
      regionId: region.id,
      address1: "1 Road",
      town: "Town",
      postcode: "ab1 2cd",
    };
    const created = await api.claims.support.organisation.addManual(input);
    const row = await db.school.findUniqueOrThrow({ where: { id: created.id }, include: { eligibilities: true } });
    expect(row).toMatchObject({ urn: null, vendorNumber: "5678901", postcode: "AB1 2CD", claimsService: true });
    expect(row.eligibilities).toHaveLength(1);
    await expect(api.claims.support.organisation.addManual({ ...input, name: "Other" })).rejects.toThrow(
      "Vendor number is already used by another organisation",
    );
  });
});

describe("placements support organisations", () => {
  it("lists schools and providers onboarded to placements and onboards a provider", async () => {
    const db = await getDb();
    const colin = await createUser(db, { service: "placements", kind: "support" });
    await createSchool(db, { name: "Omega School", placements: true });
    const provider = await createProvider(db, { name: "Omega Provider" });
    const api = await callerAs(db, colin.id);
    expect((await api.placements.support.organisation.list({ query: "omega" })).items.map((o) => o.kind)).toEqual([
      "school",
    ]);
    await api.placements.support.organisation.onboardProvider({ providerId: provider.id });
    expect((await api.placements.support.organisation.list({ query: "omega" })).items.map((o) => o.name)).toEqual([
      "Omega Provider",
      "Omega School",
    ]);
    await expect(api.placements.support.organisation.onboardProvider({ providerId: provider.id })).rejects.toThrow(
      "Omega Provider has already been added",
    );
  });

  it("is NOT_FOUND for a placements school user", async () => {
    const db = await getDb();
    const school = await createSchool(db, { placements: true });
    const mary = await createUser(db, { service: "placements", schoolIds: [school.id] });
    const api = await callerAs(db, mary.id);
    await expect(api.placements.support.organisation.list({})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.placements.support.supportUser.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
