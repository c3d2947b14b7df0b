import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createAcademicYear, createSchool } from "#tests/factories/index.ts";
import { eligibleAcademicYearIds, isEligible } from "./eligibility.service.ts";

const getDb = useTestDatabase();

describe("isEligible", () => {
  it("is true only for the academic years the school has an eligibility for", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const y2024 = await createAcademicYear(db, 2024);
    const y2025 = await createAcademicYear(db, 2025);
    await db.eligibility.create({ data: { schoolId: school.id, academicYearId: y2024.id } });
    expect(await isEligible(db, school.id, y2024.id)).toBe(true);
    expect(await isEligible(db, school.id, y2025.id)).toBe(false);
    expect(await eligibleAcademicYearIds(db, school.id)).toEqual([y2024.id]);
  });

  it("is false for another school's eligibility and for a school that left claims", async () => {
    const db = await getDb();
    const year = await createAcademicYear(db, 2024);
    const a = await createSchool(db);
    const b = await createSchool(db);
    await db.eligibility.create({ data: { schoolId: a.id, academicYearId: year.id } });
    expect(await isEligible(db, b.id, year.id)).toBe(false);
    await db.school.update({ where: { id: a.id }, data: { claimsService: false } });
    expect(await isEligible(db, a.id, year.id)).toBe(false);
  });
});
