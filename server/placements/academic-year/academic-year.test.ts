import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { selectAcademicYear, selectedAcademicYear } from "./academic-year.service.ts";

const getDb = useTestDatabase();

describe("placements academic year selection", () => {
  it("defaults to next year, remembers this year once chosen, and falls back to next year when the choice passes", async () => {
    const db = await getDb();
    const user = await createUser(db, { service: "placements" });
    const december2026 = new Date("2026-12-02T12:00:00Z");
    const first = await selectedAcademicYear(db, user.id, december2026);
    expect(first).toMatchObject({ choice: "next", name: "2027 to 2028" });
    expect(first.years.current.name).toBe("2026 to 2027");

    await selectAcademicYear(db, user.id, "current", december2026);
    expect(await selectedAcademicYear(db, user.id, december2026)).toMatchObject({
      choice: "current",
      name: "2026 to 2027",
    });

    // A year later "2026 to 2027" is last year: the user works in next year again.
    const december2027 = new Date("2027-12-02T12:00:00Z");
    expect(await selectedAcademicYear(db, user.id, december2027)).toMatchObject({
      choice: "next",
      name: "2028 to 2029",
    });
  });

  it("uses the UK date: 31 August 23:30 UTC is already 1 September in London", async () => {
    const db = await getDb();
    const user = await createUser(db, { service: "placements" });
    const selected = await selectedAcademicYear(db, user.id, new Date("2026-08-31T23:30:00Z"));
    expect(selected.years.current.name).toBe("2026 to 2027");
  });

  it("is stored on the user through the procedure, and refuses anything but this or next year", async () => {
    const db = await getDb();
    const school = await createSchool(db, { placements: true });
    const user = await createUser(db, { service: "placements", schoolIds: [school.id] });
    const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) }));
    const chosen = await api.placements.academicYear.select({ academicYear: "current" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.selectedAcademicYearId).toBe(chosen.id);
    await expect(api.placements.academicYear.select({ academicYear: "previous" as "current" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("is not for claims users", async () => {
    const db = await getDb();
    const user = await createUser(db, { service: "claims" });
    const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) }));
    await expect(api.placements.academicYear.selected()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
