import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { PlacementsOrganisationSearchInput } from "#server/shared/organisation/organisation.schema.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

async function setup() {
  const db = await getDb();
  const support = await createUser(db, { service: "placements", kind: "support" });
  const school = await createSchool(db, { name: "Kappa School", placements: true });
  await createSchool(db, { name: "Kappa Claims Only", placements: false });
  const scitt = await createProvider(db, { name: "Kappa SCITT", placements: true });
  const university = await createProvider(db, { name: "Kappa University", placements: true });
  await db.provider.update({ where: { id: university.id }, data: { providerType: "university" } });
  const lead = await createProvider(db, { name: "Kappa Lead School", placements: true });
  await db.provider.update({ where: { id: lead.id }, data: { providerType: "lead_school" } });
  return { db, support, school, scitt, university, lead, api: await callerAs(db, support.id) };
}

const names = (page: { items: { name: string }[] }) => page.items.map((o) => o.name);

describe("placements support organisations: type filter and organisation page", () => {
  it("filters by organisation type, with the name search", async () => {
    const { api } = await setup();
    expect(names(await api.placements.support.organisation.list({ query: "kappa" })).sort()).toEqual(
      ["Kappa Lead School", "Kappa School", "Kappa SCITT", "Kappa University"].sort(),
    );
    expect(names(await api.placements.support.organisation.list({ query: "kappa", types: ["school"] }))).toEqual([
      "Kappa School",
    ]);
    const providers = await api.placements.support.organisation.list({ types: ["university", "lead_school"] });
    expect(names(providers)).toEqual(["Kappa Lead School", "Kappa University"]);
    expect(providers.items.map((o) => o.providerType)).toEqual(["lead_school", "university"]);
    expect(providers.total).toBe(2);
    expect(names(await api.placements.support.organisation.list({ query: "univ", types: ["scitt"] }))).toEqual([]);
  });

  it("reads the filters from the URL, dropping values that are not types", () => {
    expect(PlacementsOrganisationSearchInput.parse({ types: ["scitt", "nonsense", "school"] }).types).toEqual([
      "scitt",
      "school",
    ]);
    expect(PlacementsOrganisationSearchInput.parse({ types: "university" }).types).toEqual(["university"]);
    expect(PlacementsOrganisationSearchInput.parse({}).types).toEqual([]);
  });

  it("shows a school or a provider onboarded to placements; anything else is not found", async () => {
    const { db, api, school, university } = await setup();
    const schoolPage = await api.placements.support.organisation.byId({ organisationId: school.id });
    expect(schoolPage).toMatchObject({ kind: "school", name: "Kappa School", typeLabel: "School" });
    const providerPage = await api.placements.support.organisation.byId({ organisationId: university.id });
    expect(providerPage).toMatchObject({ kind: "provider", name: "Kappa University", typeLabel: "University" });

    const claimsOnly = await db.school.findFirstOrThrow({ where: { name: "Kappa Claims Only" } });
    for (const organisationId of [claimsOnly.id, "00000000-0000-4000-8000-000000000000"]) {
      await expect(api.placements.support.organisation.byId({ organisationId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("is NOT_FOUND for a placements user, even a member of the organisation", async () => {
    const { db, school } = await setup();
    const member = await createUser(db, { service: "placements", schoolIds: [school.id] });
    const api = await callerAs(db, member.id);
    await expect(api.placements.support.organisation.byId({ organisationId: school.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api.placements.support.organisation.list({ types: ["school"] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets support use a school's and a provider's own procedures", async () => {
    const { api, school, scitt } = await setup();
    expect(await api.placements.schoolMentor.list({ schoolId: school.id })).toEqual([]);
    expect((await api.placements.schoolOrganisation.details({ schoolId: school.id })).name).toBe("Kappa School");
    expect(await api.placements.providerUser.list({ providerId: scitt.id })).toEqual([]);
  });
});
