import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createProvider,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { academicYearFor } from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";

const getDb = useTestDatabase();

describe("a school's tabs from Find", () => {
  let providerId: string;
  let schoolId: string;
  let caller: ReturnType<typeof createCaller>;

  beforeEach(async () => {
    const db = await getDb();
    providerId = (await createProvider(db, { placements: true })).id;
    schoolId = (await createSchool(db, { placements: true, name: "Oak School" })).id;
    const user = await createUser(db, { service: "placements", providerIds: [providerId] });
    caller = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) }));
  });

  it("splits the year's published placements into unfilled and filled (drafts never shown)", async () => {
    const db = await getDb();
    const ay = await academicYearFor(db, londonToday());
    const maths = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
    const ml = await db.subject.create({ data: { name: "Modern Languages", subjectArea: "secondary" } });
    const french = await db.subject.create({
      data: { name: "French", subjectArea: "secondary", parentSubjectId: ml.id },
    });
    const spanish = await db.subject.create({
      data: { name: "Spanish", subjectArea: "secondary", parentSubjectId: ml.id },
    });
    const other = await createProvider(db, { placements: true });
    const base = { schoolId, academicYearId: ay.id };
    await db.placement.create({ data: { ...base, subjectId: maths.id } });
    await db.placement.create({ data: { ...base, subjectId: maths.id, providerId } });
    await db.placement.create({ data: { ...base, subjectId: maths.id, providerId: other.id } });
    await db.placement.create({
      data: {
        ...base,
        subjectId: ml.id,
        additionalSubjects: { create: [{ subjectId: french.id }, { subjectId: spanish.id }] },
      },
    });
    await db.placement.create({ data: { ...base, subjectId: maths.id, status: "draft" } });
    // A new user works in next year until they choose: this test's placements are this year's.
    await caller.placements.academicYear.select({ academicYear: "current" });
    const r = await caller.placements.findSchool.placements({ providerId, schoolId });
    expect(r.unfilled.map((p) => [p.title, p.status])).toEqual([
      ["Mathematics", "available"],
      ["French and Spanish", "available"],
    ]);
    expect(r.filled.map((p) => p.status).sort()).toEqual(["unavailable", "yours"]);
    expect(await caller.placements.findSchool.summary({ providerId, schoolId })).toMatchObject({
      name: "Oak School",
      tag: "available",
    });
  });

  it("shows the contact, the GIAS details and last year's published placements", async () => {
    const db = await getDb();
    expect(await caller.placements.findSchool.contact({ providerId, schoolId })).toBeNull();
    await db.schoolContact.create({
      data: { schoolId, firstName: "Ada", lastName: "Lovelace", emailAddress: "ada@oak.sch.uk" },
    });
    expect(await caller.placements.findSchool.contact({ providerId, schoolId })).toEqual({
      name: "Ada Lovelace",
      email: "ada@oak.sch.uk",
    });
    const today = londonToday();
    const startYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    const last = await createAcademicYear(db, startYear - 1);
    const primary = await db.subject.create({ data: { name: "Primary", subjectArea: "primary" } });
    await db.placement.create({
      data: { schoolId, academicYearId: last.id, subjectId: primary.id, yearGroup: "year_2" },
    });
    await db.placement.create({
      data: { schoolId, academicYearId: last.id, subjectId: primary.id, yearGroup: "year_4", status: "draft" },
    });
    const sen = await db.senProvision.create({ data: { name: "ASD - Autistic Spectrum Disorder" } });
    await db.schoolSenProvision.create({ data: { schoolId, senProvisionId: sen.id } });
    await db.school.update({ where: { id: schoolId }, data: { rating: "Good", phase: "Primary" } });
    const d = await caller.placements.findSchool.details({ providerId, schoolId });
    expect(d).toMatchObject({ phase: "Primary", rating: "Good", senProvisions: ["ASD - Autistic Spectrum Disorder"] });
    expect(d.lastYear.name).toBe(last.name);
    expect(d.lastYear.placements.map((p) => p.title)).toEqual(["Primary (Year 2)"]);
  });

  it("is NOT_FOUND for a school not onboarded to placements and for another provider's id", async () => {
    const db = await getDb();
    const claimsOnly = await createSchool(db, { placements: false });
    await expect(
      caller.placements.findSchool.placements({ providerId, schoolId: claimsOnly.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const other = await createProvider(db, { placements: true });
    await expect(caller.placements.findSchool.details({ providerId: other.id, schoolId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
