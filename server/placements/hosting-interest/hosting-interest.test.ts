import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { selectedAcademicYear } from "../academic-year/academic-year.service.ts";
import {
  ALREADY_RECORDED_MESSAGE,
  CHANGED_MEANWHILE_MESSAGE,
  NOT_INTERESTED_MESSAGE,
  UNABLE_TO_CHANGE_MESSAGE,
} from "./hosting-interest.service.ts";

const getDb = useTestDatabase();

async function setup(db: Db) {
  const school = await createSchool(db, { placements: true, claims: false, name: "Riverside" });
  await db.school.update({ where: { id: school.id }, data: { latitude: 53.48, longitude: -2.24 } });
  const other = await createSchool(db, { placements: true, claims: false, name: "Elsewhere" });
  const user = await createUser(db, { service: "placements", schoolIds: [school.id], firstName: "Anne" });
  const primary = await db.subject.create({ data: { name: "Primary", subjectArea: "primary" } });
  const maths = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
  const languages = await db.subject.create({ data: { name: "Modern Languages", subjectArea: "secondary" } });
  const french = await db.subject.create({
    data: { name: "French", subjectArea: "secondary", parentSubjectId: languages.id },
  });
  const api = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) }));
  const year = await selectedAcademicYear(db, user.id);
  return { school, other, user, api, primary, maths, languages, french, year };
}

const contact = { firstName: "Joe", lastName: "Bloggs", email: "joe@riverside.example" };

describe("placements.hostingInterest", () => {
  it("Yes: records the interest, the contact and the placements as drafts in one go; a second answer is refused", async () => {
    const db = await getDb();
    const s = await setup(db);
    const result = await s.api.placements.hostingInterest.record({
      schoolId: s.school.id,
      appetite: "actively_looking",
      contact,
      placements: [
        { phase: "primary", subjectId: s.primary.id, yearGroup: "year_1" },
        { phase: "primary", subjectId: s.primary.id, yearGroup: "year_1" },
        { phase: "secondary", subjectId: s.languages.id, additionalSubjectIds: [s.french.id] },
      ],
    });
    expect(result.placementIds).toHaveLength(3);
    const placements = await db.placement.findMany({ where: { schoolId: s.school.id, academicYearId: s.year.id } });
    expect(placements.map((p) => p.status)).toEqual(["draft", "draft", "draft"]);
    expect(await db.schoolContact.findUnique({ where: { schoolId: s.school.id } })).toMatchObject({
      firstName: "Joe",
      emailAddress: "joe@riverside.example",
    });
    expect(await db.school.findUnique({ where: { id: s.school.id } })).toMatchObject({
      expressionOfInterestCompleted: true,
    });
    const landing = await s.api.placements.schoolOrganisation.landing({ schoolId: s.school.id });
    expect(landing.destination).toBe("placements");

    await expect(
      s.api.placements.hostingInterest.record({
        schoolId: s.school.id,
        appetite: "not_open",
        reasons: ["Not enough trained mentors"],
        contact,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: ALREADY_RECORDED_MESSAGE });
    expect(await db.hostingInterest.count()).toBe(1);
  });

  it("Yes: one invalid placement (a language missing) writes nothing", async () => {
    const db = await getDb();
    const s = await setup(db);
    await expect(
      s.api.placements.hostingInterest.record({
        schoolId: s.school.id,
        appetite: "actively_looking",
        contact,
        placements: [
          { phase: "primary", subjectId: s.primary.id, yearGroup: "year_2" },
          { phase: "secondary", subjectId: s.languages.id },
        ],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Select a language" });
    expect(await db.hostingInterest.count()).toBe(0);
    expect(await db.placement.count()).toBe(0);
    expect(await db.schoolContact.count()).toBe(0);
  });

  it("lands a school without a hosting interest for the year on the wizard", async () => {
    const db = await getDb();
    const s = await setup(db);
    const landing = await s.api.placements.schoolOrganisation.landing({ schoolId: s.school.id });
    expect(landing).toEqual({ needsHostingInterest: true, destination: "hosting-interest/new" });
  });

  it("Maybe: keeps the potential details, which are converted into placements once", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.api.placements.hostingInterest.record({
      schoolId: s.school.id,
      appetite: "interested",
      contact,
      potential: {
        phases: ["primary", "secondary"],
        yearGroups: [{ yearGroup: "year_3", quantity: 2 }],
        subjects: "unknown",
        note: "Tuesdays only",
      },
    });
    const got = await s.api.placements.hostingInterest.get({ schoolId: s.school.id });
    expect(got.interest?.appetite).toBe("interested");
    expect(got.potential).toMatchObject({
      phases: ["primary", "secondary"],
      subjects: "unknown",
      note: "Tuesdays only",
    });

    const placements = [
      { phase: "primary" as const, subjectId: s.primary.id, yearGroup: "year_3" as const },
      { phase: "primary" as const, subjectId: s.primary.id, yearGroup: "year_3" as const },
    ];
    await s.api.placements.hostingInterest.convert({ schoolId: s.school.id, placements });
    const after = await s.api.placements.hostingInterest.get({ schoolId: s.school.id });
    expect(after.interest?.appetite).toBe("actively_looking");
    expect(after.potential).toBeNull();
    expect(after.placements.total).toBe(2);
    expect((await db.school.findUnique({ where: { id: s.school.id } }))?.potentialPlacementDetails).toBeNull();
    // Converting again (a second tab) adds nothing.
    await expect(s.api.placements.hostingInterest.convert({ schoolId: s.school.id, placements })).rejects.toMatchObject(
      { code: "BAD_REQUEST", message: NOT_INTERESTED_MESSAGE },
    );
    expect(await db.placement.count()).toBe(2);
  });

  it("No: records sorted reasons; Other needs words", async () => {
    const db = await getDb();
    const s = await setup(db);
    await expect(
      s.api.placements.hostingInterest.record({
        schoolId: s.school.id,
        appetite: "not_open",
        reasons: ["Other"],
        contact,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Enter your reason for not taking part in ITT" });
    await expect(
      s.api.placements.hostingInterest.record({
        schoolId: s.school.id,
        appetite: "not_open",
        reasons: ["Made up" as never],
        contact,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await s.api.placements.hostingInterest.record({
      schoolId: s.school.id,
      appetite: "not_open",
      reasons: ["Other", "Working to improve our OFSTED rating", "Not enough trained mentors"],
      otherReason: "Building work",
      contact,
    });
    const got = await s.api.placements.hostingInterest.get({ schoolId: s.school.id });
    expect(got.interest).toMatchObject({
      appetite: "not_open",
      reasons: ["Not enough trained mentors", "Working to improve our OFSTED rating", "Other"],
      otherReason: "Building work",
    });
  });

  it("edit: a conditional update from the appetite the user started from; leaving Yes deletes unassigned placements", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.api.placements.hostingInterest.record({
      schoolId: s.school.id,
      appetite: "actively_looking",
      contact,
      placements: [{ phase: "primary", subjectId: s.primary.id, yearGroup: "year_1" }],
    });
    await expect(
      s.api.placements.hostingInterest.change({
        schoolId: s.school.id,
        appetite: "not_open",
        reasons: ["Not enough trained mentors"],
        expectedAppetite: "interested",
      }),
    ).rejects.toMatchObject({ message: CHANGED_MEANWHILE_MESSAGE });
    expect(await db.placement.count()).toBe(1);
    const changed = await s.api.placements.hostingInterest.change({
      schoolId: s.school.id,
      appetite: "not_open",
      reasons: ["Not enough trained mentors"],
      expectedAppetite: "actively_looking",
    });
    expect(changed.deleted).toBe(1);
    expect(await db.placement.count()).toBe(0);
    expect((await db.hostingInterest.findFirstOrThrow()).appetite).toBe("not_open");
  });

  it("edit: refused while a provider is assigned to a placement of the year; nothing changes", async () => {
    const db = await getDb();
    const s = await setup(db);
    await s.api.placements.hostingInterest.record({
      schoolId: s.school.id,
      appetite: "actively_looking",
      contact,
      placements: [
        { phase: "primary", subjectId: s.primary.id, yearGroup: "year_1" },
        { phase: "primary", subjectId: s.primary.id, yearGroup: "year_2" },
      ],
    });
    const provider = await createProvider(db);
    const first = await db.placement.findFirstOrThrow();
    await db.placement.update({ where: { id: first.id }, data: { providerId: provider.id } });
    await expect(
      s.api.placements.hostingInterest.change({
        schoolId: s.school.id,
        appetite: "interested",
        potential: { phases: "unknown", note: "" },
        expectedAppetite: "actively_looking",
      }),
    ).rejects.toMatchObject({ message: UNABLE_TO_CHANGE_MESSAGE });
    expect(await db.placement.count()).toBe(2);
    expect((await db.hostingInterest.findFirstOrThrow()).appetite).toBe("actively_looking");
  });

  it("is scoped to the user's school: another school is not found, in every procedure", async () => {
    const db = await getDb();
    const s = await setup(db);
    const foreign = { schoolId: s.other.id };
    await expect(s.api.placements.hostingInterest.get(foreign)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(s.api.placements.hostingInterest.nearestProviders(foreign)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      s.api.placements.hostingInterest.record({ ...foreign, appetite: "not_open", reasons: ["Other"], contact }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      s.api.placements.schoolPlacement.bulkCreate({
        ...foreign,
        placements: [{ phase: "primary", subjectId: s.primary.id, yearGroup: "year_1" }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.hostingInterest.count()).toBe(0);
  });

  it("bulk add: needs the contact, then writes every placement as a draft in one transaction", async () => {
    const db = await getDb();
    const s = await setup(db);
    const placements = [
      { phase: "primary" as const, subjectId: s.primary.id, yearGroup: "year_4" as const },
      { phase: "secondary" as const, subjectId: s.maths.id },
    ];
    await expect(
      s.api.placements.schoolPlacement.bulkCreate({ schoolId: s.school.id, placements }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await db.schoolContact.create({ data: { schoolId: s.school.id, emailAddress: "itt@riverside.example" } });
    const created = await s.api.placements.schoolPlacement.bulkCreate({ schoolId: s.school.id, placements });
    expect(created).toHaveLength(2);
    // A subject of the wrong phase anywhere in the list: nothing is written.
    await expect(
      s.api.placements.schoolPlacement.bulkCreate({
        schoolId: s.school.id,
        placements: [placements[0], { phase: "primary", subjectId: s.maths.id, yearGroup: "year_1" }],
      }),
    ).rejects.toMatchObject({ message: "Select a subject" });
    expect(await db.placement.count()).toBe(2);
  });

  it("help: the two providers nearest the school, from stored coordinates", async () => {
    const db = await getDb();
    const s = await setup(db);
    const near = await createProvider(db, { name: "Manchester Near" });
    const nearer = await createProvider(db, { name: "Manchester Nearer" });
    const far = await createProvider(db, { name: "London Far" });
    await createProvider(db, { name: "Nowhere" });
    await db.provider.update({ where: { id: near.id }, data: { latitude: 53.5, longitude: -2.3 } });
    await db.provider.update({ where: { id: nearer.id }, data: { latitude: 53.481, longitude: -2.241 } });
    await db.provider.update({ where: { id: far.id }, data: { latitude: 51.5, longitude: -0.12 } });
    const nearby = await s.api.placements.hostingInterest.nearestProviders({ schoolId: s.school.id });
    expect(nearby.map((p) => p.name)).toEqual(["Manchester Nearer", "Manchester Near"]);
    expect(nearby[0].miles).toBeLessThan(1);
  });
});
