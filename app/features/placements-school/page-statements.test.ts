import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { createAcademicYear, createSchool, createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { pageViewStatements } from "#tests/helpers/page-statements.ts";
import { londonToday } from "#server/shared/time/uk-time.ts";
import { loader as rootLoader } from "~/root";
import { loader as schoolLayoutLoader } from "~/routes/placements.schools.$schoolId";
import { loader as placementsListLoader } from "~/routes/placements.schools.$schoolId.placements._index";
import { loader as mentorsListLoader } from "~/routes/placements.schools.$schoolId.mentors._index";

describe("SQL statements per placements page view (at most 6)", () => {
  const getDb = useTestDatabase();

  /** A placements school user with published and draft placements in both years a user can select. */
  async function signedInSchoolUser() {
    const db = await getDb();
    const school = await createSchool(db, { placements: true, claims: false });
    const user = await createUser(db, { service: "placements", schoolIds: [school.id] });
    const thisYear = londonToday().getUTCFullYear() - (londonToday().getUTCMonth() < 8 ? 1 : 0);
    const years = [await createAcademicYear(db, thisYear), await createAcademicYear(db, thisYear + 1)];
    const subject = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
    for (const year of years) {
      await db.hostingInterest.create({
        data: { schoolId: school.id, academicYearId: year.id, appetite: "actively_looking" },
      });
      for (const status of ["draft", "published", "published"] as const)
        await db.placement.create({
          data: { schoolId: school.id, academicYearId: year.id, subjectId: subject.id, status },
        });
    }
    const token = await createSession(db, { userId: user.id, service: "placements" });
    return { school, token };
  }

  it("the school's placements list", async () => {
    const { school, token } = await signedInSchoolUser();
    const statements = await pageViewStatements({
      service: "placements",
      path: `/placements/schools/${school.id}/placements`,
      params: { schoolId: school.id },
      loaders: [rootLoader, schoolLayoutLoader, placementsListLoader],
      token,
    });
    // session with user, school and selected academic year; the placements with the year's hosting interest and
    // the placement contact
    expect(statements).toBe(2);
  });

  it("the school's mentors list", async () => {
    const { school, token } = await signedInSchoolUser();
    const statements = await pageViewStatements({
      service: "placements",
      path: `/placements/schools/${school.id}/mentors`,
      params: { schoolId: school.id },
      loaders: [rootLoader, schoolLayoutLoader, mentorsListLoader],
      token,
    });
    // session with user, school and selected academic year, the mentors
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(2);
  });
});
