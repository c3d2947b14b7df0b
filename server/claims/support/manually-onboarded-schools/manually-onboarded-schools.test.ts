import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { onboardSchool } from "#server/shared/organisation/onboarding.service.ts";
import { PAGE_SIZE } from "#server/shared/organisation/organisation-search.service.ts";
import { createAcademicYear, createClaimWindow } from "#tests/factories/index.ts";

const getDb = useTestDatabase();

describe("claims.support.manuallyOnboardedSchools.list", () => {
  it("lists the claims schools a support user added by hand, with who added them and when", async () => {
    const db = await getDb();
    const year = await createAcademicYear(db, 2026);
    await createClaimWindow(db, {
      academicYearId: year.id,
      startsOn: new Date("2020-01-01T00:00:00Z"),
      endsOn: new Date("2099-12-31T00:00:00Z"),
    });
    const colin = await createUser(db, { kind: "support", firstName: "Colin", lastName: "Chapman" });
    const gias = await createSchool(db, { name: "Birch School", claims: false, urn: "200001" });
    await createSchool(db, { name: "Eligible By Upload", claims: true });
    const placementsOnly = await createSchool(db, { name: "Placements Only", claims: false });
    await db.school.update({
      where: { id: placementsOnly.id },
      data: { manuallyOnboardedById: colin.id, manuallyOnboardedByType: "Placements::SupportUser" },
    });
    const support = await sessionUserFor(db, colin.id);
    await onboardSchool(db, support, "claims", gias.id, undefined, new Date("2026-07-01T12:00:00Z"));

    const api = createCaller(await createInnerContext({ db, user: support }));
    const list = await api.claims.support.manuallyOnboardedSchools.list({ page: 1 });
    expect(list).toMatchObject({ total: 1, page: 1, totalPages: 1, listedLimit: null });
    expect(list.items).toEqual([
      {
        id: gias.id,
        name: "Birch School",
        urn: "200001",
        vendorNumber: null,
        onboardedBy: "Colin Chapman",
        onboardedAt: expect.any(Date),
      },
    ]);

    // The support user who added it has gone: the school stays listed.
    await db.user.delete({ where: { id: colin.id } });
    const other = await createUser(db, { kind: "support" });
    const api2 = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, other.id) }));
    expect((await api2.claims.support.manuallyOnboardedSchools.list({ page: 1 })).items).toMatchObject([
      { name: "Birch School", onboardedBy: null },
    ]);
  });

  it("pages the list", async () => {
    const db = await getDb();
    const colin = await createUser(db, { kind: "support" });
    for (let i = 0; i < PAGE_SIZE + 1; i++) {
      const s = await createSchool(db, { name: `School ${String(i).padStart(2, "0")}`, claims: true });
      await db.school.update({
        where: { id: s.id },
        data: { manuallyOnboardedById: colin.id, manuallyOnboardedByType: "Claims::SupportUser" },
      });
    }
    const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, colin.id) }));
    const second = await api.claims.support.manuallyOnboardedSchools.list({ page: 2 });
    expect(second).toMatchObject({ total: PAGE_SIZE + 1, page: 2, totalPages: 2 });
    expect(second.items.map((s) => s.name)).toEqual([`School ${PAGE_SIZE}`]);
  });

  it("is NOT_FOUND for school users", async () => {
    const db = await getDb();
    const school = await createSchool(db, { claims: true });
    const anne = await createUser(db, { schoolIds: [school.id] });
    const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, anne.id) }));
    await expect(api.claims.support.manuallyOnboardedSchools.list({ page: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
