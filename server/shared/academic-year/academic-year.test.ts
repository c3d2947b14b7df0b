import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { academicYearFor, academicYearStartYear, listAcademicYears } from "./academic-year.service.ts";

const getDb = useTestDatabase();
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("academicYearStartYear", () => {
  it("starts the year on 1 September", () => {
    expect(academicYearStartYear(d("2024-08-31"))).toBe(2023);
    expect(academicYearStartYear(d("2024-09-01"))).toBe(2024);
    expect(academicYearStartYear(d("2025-01-01"))).toBe(2024);
    expect(academicYearStartYear(d("2024-12-31"))).toBe(2024);
  });
});

describe("academicYearFor", () => {
  it("creates the 1 September – 31 August year named 'YYYY to YYYY+1'", async () => {
    const db = await getDb();
    const year = await academicYearFor(db, d("2025-02-14"));
    expect(year.name).toBe("2024 to 2025");
    expect(year.startsOn.toISOString().slice(0, 10)).toBe("2024-09-01");
    expect(year.endsOn.toISOString().slice(0, 10)).toBe("2025-08-31");
  });

  it("finds the existing row instead of creating another", async () => {
    const db = await getDb();
    const first = await academicYearFor(db, d("2024-09-01"));
    const second = await academicYearFor(db, d("2025-08-31"));
    expect(second.id).toBe(first.id);
    expect(await db.academicYear.count()).toBe(1);
  });

  it("is safe when many requests create the same year at once", async () => {
    const db = await getDb();
    const years = await Promise.all(Array.from({ length: 8 }, () => academicYearFor(db, d("2026-03-01"))));
    expect(new Set(years.map((y) => y.id)).size).toBe(1);
    expect(await db.academicYear.count({ where: { name: "2025 to 2026" } })).toBe(1);
  });

  it("lists years newest first", async () => {
    const db = await getDb();
    await academicYearFor(db, d("2023-10-01"));
    await academicYearFor(db, d("2025-10-01"));
    await academicYearFor(db, d("2024-10-01"));
    expect((await listAcademicYears(db)).map((y) => y.name)).toEqual(["2025 to 2026", "2024 to 2025", "2023 to 2024"]);
  });
});
