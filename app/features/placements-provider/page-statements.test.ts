import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { rebuildGazetteer } from "#server/placements/gazetteer/gazetteer.service.ts";
import { createAcademicYear, createProvider, createRegion, createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { pageViewStatements } from "#tests/helpers/page-statements.ts";
import { londonToday } from "#server/shared/time/uk-time.ts";
import { loader as rootLoader } from "~/root";
import { loader as providerLayoutLoader } from "~/routes/placements.providers.$providerId";
import { loader as findLoader } from "~/routes/placements.providers.$providerId.find._index";
import { loader as findSchoolLayoutLoader } from "~/routes/placements.providers.$providerId.find.$schoolId";
import { loader as findSchoolPlacementsLoader } from "~/routes/placements.providers.$providerId.find.$schoolId.placements";
import { loader as myPlacementsLoader } from "~/routes/placements.providers.$providerId.placements._index";

/**
 * SQL statements of the provider's pages, as one signed-in provider user's request runs them (root, provider layout,
 * page). Without GEOCODER_URL and ROUTING_URL, so a location goes through the offline gazetteer and Find shows
 * distances only.
 */
describe("SQL statements per provider page view (at most 6)", () => {
  const getDb = useTestDatabase();

  /** A provider user; London schools with published placements (some assigned to the provider) in both years. */
  async function signedInProviderUser() {
    const db = await getDb();
    const regionId = (await createRegion(db, { name: "Inner London" })).id;
    const provider = await createProvider(db, { placements: true });
    const user = await createUser(db, { service: "placements", providerIds: [provider.id] });
    const thisYear = londonToday().getUTCFullYear() - (londonToday().getUTCMonth() < 8 ? 1 : 0);
    const years = [
      await createAcademicYear(db, thisYear - 1),
      await createAcademicYear(db, thisYear),
      await createAcademicYear(db, thisYear + 1),
    ];
    const maths = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
    const schools = [];
    for (let i = 0; i < 3; i++) {
      const school = await db.school.create({
        data: {
          name: `London School ${i}`,
          urn: String(810000 + i),
          regionId,
          placementsService: true,
          expressionOfInterestCompleted: true,
          latitude: 51.5 + i / 100,
          longitude: -0.12,
          town: "London",
          postcode: `SW1A ${i}AA`,
          localAuthorityName: "Westminster",
          phase: "Secondary",
        },
      });
      schools.push(school);
      for (const year of years)
        for (const providerId of [null, provider.id])
          await db.placement.create({
            data: {
              schoolId: school.id,
              academicYearId: year.id,
              subjectId: maths.id,
              status: "published",
              providerId,
            },
          });
    }
    await rebuildGazetteer(db);
    const token = await createSession(db, { userId: user.id, service: "placements" });
    return { provider, school: schools[0], subjectId: maths.id, token };
  }

  async function count(
    path: string,
    params: Record<string, string>,
    loaders: Parameters<typeof pageViewStatements>[0]["loaders"],
    token: string,
  ) {
    return pageViewStatements({
      service: "placements",
      path,
      params,
      loaders: [rootLoader, providerLayoutLoader, ...loaders],
      token,
    });
  }

  it("Find with a location and two filters (offline gazetteer)", async () => {
    const { provider, subjectId, token } = await signedInProviderUser();
    const db = await getDb();
    const path = `/placements/providers/${provider.id}/find?location=London&phase=Secondary&subject=${subjectId}`;
    const statements = await count(path, { providerId: provider.id }, [findLoader], token);
    console.log("Find with a location and two filters:", statements);
    const remembered = await db.wizardState.findFirstOrThrow({ where: { journey: "find-filters" } });
    expect(remembered.data).toEqual({ query: `location=London&phase=Secondary&subject=${subjectId}` });
    // The same search again: the remembered filters are unchanged, so nothing is written.
    const again = await count(path, { providerId: provider.id }, [findLoader], token);
    console.log("Find with a location and two filters, again:", again);
    expect(await db.wizardState.findFirstOrThrow({ where: { journey: "find-filters" } })).toEqual(remembered);
    // A postcode no school has (its outward code is known): one gazetteer statement too.
    const postcode = await count(
      `/placements/providers/${provider.id}/find?location=SW1A+9ZZ&phase=Secondary&subject=${subjectId}`,
      { providerId: provider.id },
      [findLoader],
      token,
    );
    console.log("Find with a postcode and two filters:", postcode);
    // session with user, provider and selected academic year, the gazetteer, then the schools with the filter options
    // and remembering the search
    for (const n of [statements, again, postcode]) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it("Find without a location", async () => {
    const { provider, token } = await signedInProviderUser();
    const path = `/placements/providers/${provider.id}/find?phase=Secondary`;
    const statements = await count(path, { providerId: provider.id }, [findLoader], token);
    console.log("Find without a location:", statements);
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it("My placements", async () => {
    const { provider, token } = await signedInProviderUser();
    const path = `/placements/providers/${provider.id}/placements`;
    const statements = await count(path, { providerId: provider.id }, [myPlacementsLoader], token);
    console.log("My placements:", statements);
    // session with user, provider and selected academic year, the year's placements with their options
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it("a school's placements tab from Find", async () => {
    const { provider, school, token } = await signedInProviderUser();
    const path = `/placements/providers/${provider.id}/find/${school.id}/placements`;
    const statements = await count(
      path,
      { providerId: provider.id, schoolId: school.id },
      [findSchoolLayoutLoader, findSchoolPlacementsLoader],
      token,
    );
    console.log("Find school placements:", statements);
    // session with user, provider and selected academic year, the school with its tag (layout and tab share it), its
    // placements
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(3);
  });
});
