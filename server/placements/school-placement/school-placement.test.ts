import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createMentor, createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { selectedAcademicYear } from "../academic-year/academic-year.service.ts";
import { phasesFor } from "./school-placement.service.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

async function setup(db: Db, opts: { contact?: boolean } = {}) {
  const school = await createSchool(db, { placements: true, claims: false, name: "Riverside" });
  const other = await createSchool(db, { placements: true, claims: false, name: "Elsewhere" });
  if (opts.contact ?? true) {
    await db.schoolContact.create({ data: { schoolId: school.id, emailAddress: "itt@riverside.example" } });
  }
  const user = await createUser(db, { service: "placements", schoolIds: [school.id], firstName: "Anne" });
  const primary = await db.subject.create({ data: { name: "Primary", subjectArea: "primary" } });
  const maths = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
  const languages = await db.subject.create({ data: { name: "Modern Languages", subjectArea: "secondary" } });
  const french = await db.subject.create({
    data: { name: "French", subjectArea: "secondary", parentSubjectId: languages.id },
  });
  const spanish = await db.subject.create({
    data: { name: "Spanish", subjectArea: "secondary", parentSubjectId: languages.id },
  });
  const ks2 = await db.keyStage.create({ data: { name: "Key stage 2" } });
  const autumn = await db.term.create({ data: { name: "Autumn term" } });
  const spring = await db.term.create({ data: { name: "Spring term" } });
  const mentor = await createMentor(db, { schoolId: school.id, service: "placements", firstName: "Mo" });
  const foreignMentor = await createMentor(db, { schoolId: other.id, service: "placements" });
  const api = await callerAs(db, user.id);
  return {
    school,
    other,
    user,
    api,
    primary,
    maths,
    languages,
    french,
    spanish,
    ks2,
    autumn,
    spring,
    mentor,
    foreignMentor,
  };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const primaryPlacement = (s: Setup) => ({
  schoolId: s.school.id,
  phase: "primary" as const,
  subjectId: s.primary.id,
  yearGroup: "year_1" as const,
  termIds: [s.spring.id, s.autumn.id],
  mentorIds: [s.mentor.id],
});

describe("placements.schoolPlacement rules", () => {
  it("offers the phase choice only to schools that are not purely primary or secondary", () => {
    expect(phasesFor("Primary")).toEqual(["primary"]);
    expect(phasesFor("Secondary")).toEqual(["secondary"]);
    expect(phasesFor("All-through")).toEqual(["primary", "secondary", "send"]);
    expect(phasesFor(null)).toEqual(["primary", "secondary", "send"]);
  });

  it("adds a primary placement as a draft in the selected year, titled with its year group", async () => {
    const db = await getDb();
    const s = await setup(db);
    const { id } = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    const placement = await s.api.placements.schoolPlacement.byId({ schoolId: s.school.id, placementId: id });
    const year = await selectedAcademicYear(db, s.user.id);
    expect(placement).toMatchObject({
      title: "Primary (Year 1)",
      status: "draft",
      statusTag: { text: "Draft" },
      expectedDate: "Autumn term, Spring term",
      academicYear: { id: year.id },
      mentors: [{ id: s.mentor.id }],
    });
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("titles Modern Languages by its languages and needs at least one of them", async () => {
    const db = await getDb();
    const s = await setup(db);
    const base = { schoolId: s.school.id, phase: "secondary" as const, subjectId: s.languages.id };
    await expect(s.api.placements.schoolPlacement.create(base)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Select a language",
    });
    await expect(
      s.api.placements.schoolPlacement.create({ ...base, additionalSubjectIds: [s.primary.id] }),
    ).rejects.toMatchObject({ message: "Select a language" });
    const { id } = await s.api.placements.schoolPlacement.create({
      ...base,
      additionalSubjectIds: [s.french.id, s.spanish.id],
    });
    const placement = await s.api.placements.schoolPlacement.byId({ schoolId: s.school.id, placementId: id });
    expect(placement.title).toBe("French and Spanish");
    expect(placement.expectedDate).toBe("Any time in the academic year");
  });

  it("refuses a subject of the other phase, a primary placement without a year group and SEND without a key stage", async () => {
    const db = await getDb();
    const s = await setup(db);
    await expect(
      s.api.placements.schoolPlacement.create({
        schoolId: s.school.id,
        phase: "primary",
        subjectId: s.maths.id,
        yearGroup: "year_1",
      }),
    ).rejects.toMatchObject({ message: "Select a subject" });
    await expect(
      s.api.placements.schoolPlacement.create({ schoolId: s.school.id, phase: "primary", subjectId: s.primary.id }),
    ).rejects.toMatchObject({ message: "Select a year group" });
    await expect(
      s.api.placements.schoolPlacement.create({ schoolId: s.school.id, phase: "send" }),
    ).rejects.toMatchObject({ message: "Select a key stage" });
    const { id } = await s.api.placements.schoolPlacement.create({
      schoolId: s.school.id,
      phase: "send",
      keyStageId: s.ks2.id,
      // a subject posted with SEND is ignored: SEND placements are described by their key stage
      subjectId: s.maths.id,
    });
    const send = await s.api.placements.schoolPlacement.byId({ schoolId: s.school.id, placementId: id });
    expect(send).toMatchObject({ title: "SEND (Key stage 2)", subject: null, phase: "send" });
  });

  it("needs the school's ITT placement contact", async () => {
    const db = await getDb();
    const s = await setup(db, { contact: false });
    await expect(s.api.placements.schoolPlacement.create(primaryPlacement(s))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "You must add an ITT placement contact before you can add placements",
    });
    expect(await db.placement.count()).toBe(0);
  });

  it("the database refuses combinations the model forbids", async () => {
    const db = await getDb();
    const s = await setup(db);
    const year = await selectedAcademicYear(db, s.user.id);
    const row = { schoolId: s.school.id, academicYearId: year.id };
    // a year group on a secondary subject
    await expect(
      db.placement.create({ data: { ...row, subjectId: s.maths.id, yearGroup: "year_1" } }),
    ).rejects.toThrow();
    // a child subject as the placement's subject
    await expect(db.placement.create({ data: { ...row, subjectId: s.french.id } })).rejects.toThrow();
    // SEND with a subject; a key stage without SEND
    await expect(
      db.placement.create({ data: { ...row, sendSpecific: true, keyStageId: s.ks2.id, subjectId: s.maths.id } }),
    ).rejects.toThrow();
    await expect(
      db.placement.create({ data: { ...row, subjectId: s.maths.id, keyStageId: s.ks2.id } }),
    ).rejects.toThrow();
    // an additional subject that is not a child of the placement's subject
    const maths = await db.placement.create({ data: { ...row, subjectId: s.maths.id } });
    await expect(
      db.placementAdditionalSubject.create({ data: { placementId: maths.id, subjectId: s.french.id } }),
    ).rejects.toThrow();
    const languages = await db.placement.create({ data: { ...row, subjectId: s.languages.id } });
    await db.placementAdditionalSubject.create({ data: { placementId: languages.id, subjectId: s.french.id } });
  });

  it("lists the selected year's placements with their tags and the school's availability", async () => {
    const db = await getDb();
    const s = await setup(db);
    const a = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    await s.api.placements.schoolPlacement.create({ ...primaryPlacement(s), yearGroup: "reception" });
    let list = await s.api.placements.schoolPlacement.list({ schoolId: s.school.id });
    expect(list.placements.map((p) => p.title)).toEqual(["Primary (Reception)", "Primary (Year 1)"]);
    expect(list.interestTag.text).toBe("Placement availability unknown");
    await s.api.placements.schoolPlacement.publish({ schoolId: s.school.id, placementId: a.id });
    list = await s.api.placements.schoolPlacement.list({ schoolId: s.school.id });
    expect(list.placements.map((p) => p.statusTag.text)).toEqual(["Draft", "Available"]);
    expect(list.interestTag.text).toBe("Placements available");
    // Next year's list does not show this year's placements.
    await s.api.placements.academicYear.select({ academicYear: "current" });
    expect((await s.api.placements.schoolPlacement.list({ schoolId: s.school.id })).placements).toEqual([]);
  });

  it("lists each placement exactly as its own page reads it (one statement for the list, the model for one)", async () => {
    const db = await getDb();
    const s = await setup(db);
    const provider = await createProvider(db, { placements: true });
    const second = await createMentor(db, { schoolId: s.school.id, service: "placements", firstName: "Al" });
    const created = [
      await s.api.placements.schoolPlacement.create({ ...primaryPlacement(s), mentorIds: [s.mentor.id, second.id] }),
      await s.api.placements.schoolPlacement.create({
        schoolId: s.school.id,
        phase: "secondary",
        subjectId: s.languages.id,
        additionalSubjectIds: [s.spanish.id, s.french.id],
      }),
      await s.api.placements.schoolPlacement.create({ schoolId: s.school.id, phase: "send", keyStageId: s.ks2.id }),
    ];
    await db.placement.update({ where: { id: created[0]!.id }, data: { providerId: provider.id } });
    const list = await s.api.placements.schoolPlacement.list({ schoolId: s.school.id });
    expect(list.placements).toHaveLength(3);
    expect(list.hasContact).toBe(true);
    for (const placement of list.placements) {
      const { school: _school, ...own } = await s.api.placements.schoolPlacement.byId({
        schoolId: s.school.id,
        placementId: placement.id,
      });
      expect(placement).toEqual(own);
    }
    expect(list.placements.find((p) => p.id === created[0]!.id)).toMatchObject({
      provider: { id: provider.id, placementsService: true },
      mentors: [{ name: expect.stringMatching(/^Al /) }, { name: expect.stringMatching(/^Mo /) }],
      termIds: [s.autumn.id, s.spring.id],
    });
    expect(list.placements.find((p) => p.id === created[1]!.id)?.title).toBe("French and Spanish");
  });
});

describe("publish, change and delete", () => {
  it("publishes a draft once and e-mails the publishing user; a second publish is a conflict", async () => {
    const db = await getDb();
    const s = await setup(db);
    const { id } = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    await s.api.placements.schoolPlacement.publish({ schoolId: s.school.id, placementId: id });
    await expect(
      s.api.placements.schoolPlacement.publish({ schoolId: s.school.id, placementId: id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This placement has already been published",
    });
    const emails = await db.emailOutbox.findMany();
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      to: s.user.email,
      subject: "You have added placement information to Manage school placements",
      templateKey: "placements.information_added",
    });
    expect(emails[0].body).toContain("Riverside");
  });

  it("changes terms, mentors and year group; only the fields of the placement's phase", async () => {
    const db = await getDb();
    const s = await setup(db);
    const { id } = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    const ref = { schoolId: s.school.id, placementId: id };
    await s.api.placements.schoolPlacement.update({ ...ref, field: "terms", termIds: [] });
    await s.api.placements.schoolPlacement.update({ ...ref, field: "mentors", mentorIds: [] });
    await s.api.placements.schoolPlacement.update({ ...ref, field: "yearGroup", yearGroup: "year_6" });
    const placement = await s.api.placements.schoolPlacement.byId(ref);
    expect(placement).toMatchObject({
      title: "Primary (Year 6)",
      expectedDate: "Any time in the academic year",
      mentors: [],
    });
    await expect(
      s.api.placements.schoolPlacement.update({ ...ref, field: "keyStage", keyStageId: s.ks2.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes a placement without a provider; the last one of the year takes the hosting interest with it", async () => {
    const db = await getDb();
    const s = await setup(db);
    const year = await selectedAcademicYear(db, s.user.id);
    await db.hostingInterest.create({
      data: { schoolId: s.school.id, academicYearId: year.id, appetite: "actively_looking" },
    });
    const a = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    const b = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    expect(await s.api.placements.schoolPlacement.remove({ schoolId: s.school.id, placementId: a.id })).toEqual({
      lastPlacementRemoved: false,
    });
    expect(await db.hostingInterest.count()).toBe(1);
    expect(await s.api.placements.schoolPlacement.remove({ schoolId: s.school.id, placementId: b.id })).toEqual({
      lastPlacementRemoved: true,
    });
    expect(await db.hostingInterest.count()).toBe(0);
  });

  it("keeps a placement that has a provider", async () => {
    const db = await getDb();
    const s = await setup(db);
    const provider = await createProvider(db, { placements: true });
    const { id } = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    await db.placement.update({ where: { id }, data: { providerId: provider.id } });
    await expect(
      s.api.placements.schoolPlacement.remove({ schoolId: s.school.id, placementId: id }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "You cannot delete this placement because a provider is assigned to it",
    });
    expect(await db.placement.count()).toBe(1);
  });

  it("two users deleting, or publishing and deleting, the same placement at once: one clean outcome", async () => {
    const db = await getDb();
    const s = await setup(db);
    const colleague = await createUser(db, { service: "placements", schoolIds: [s.school.id] });
    const api2 = await callerAs(db, colleague.id);
    const ref = (id: string) => ({ schoolId: s.school.id, placementId: id });

    const first = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    const deletes = await Promise.allSettled([
      s.api.placements.schoolPlacement.remove(ref(first.id)),
      api2.placements.schoolPlacement.remove(ref(first.id)),
    ]);
    expect(deletes.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(deletes.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "NOT_FOUND" } });
    expect(await db.auditLog.count({ where: { action: "placement.removed" } })).toBe(1);

    const second = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    const publishes = await Promise.allSettled([
      s.api.placements.schoolPlacement.publish(ref(second.id)),
      api2.placements.schoolPlacement.publish(ref(second.id)),
    ]);
    expect(publishes.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(publishes.find((r) => r.status === "rejected")).toMatchObject({
      reason: { message: "This placement has already been published" },
    });
    expect(await db.emailOutbox.count()).toBe(1);

    const third = await s.api.placements.schoolPlacement.create(primaryPlacement(s));
    const mixed = await Promise.allSettled([
      s.api.placements.schoolPlacement.publish(ref(third.id)),
      api2.placements.schoolPlacement.remove(ref(third.id)),
    ]);
    // Publish first then delete (a published placement without a provider may be deleted), or delete first and
    // the publish finds nothing: either way the placement is gone and nothing half-done is left.
    expect(mixed[1].status).toBe("fulfilled");
    if (mixed[0].status === "rejected") expect(mixed[0].reason).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.placement.findUnique({ where: { id: third.id } })).toBeNull();
  });
});

describe("another school's records", () => {
  it("are not found: placement by id, publish, delete, change; another school's mentor in a form", async () => {
    const db = await getDb();
    const s = await setup(db);
    const otherUser = await createUser(db, { service: "placements", schoolIds: [s.other.id] });
    await db.schoolContact.create({ data: { schoolId: s.other.id, emailAddress: "x@elsewhere.example" } });
    const otherApi = await callerAs(db, otherUser.id);
    const { id } = await s.api.placements.schoolPlacement.create(primaryPlacement(s));

    // The other school's user, through their own school: the placement is not theirs.
    const theirs = { schoolId: s.other.id, placementId: id };
    await expect(otherApi.placements.schoolPlacement.byId(theirs)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(otherApi.placements.schoolPlacement.publish(theirs)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(otherApi.placements.schoolPlacement.remove(theirs)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      otherApi.placements.schoolPlacement.update({ ...theirs, field: "terms", termIds: [] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // …or through ours: not a member.
    await expect(
      otherApi.placements.schoolPlacement.byId({ schoolId: s.school.id, placementId: id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(otherApi.placements.schoolPlacement.list({ schoolId: s.school.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    // Our user posting the other school's mentor.
    await expect(
      s.api.placements.schoolPlacement.create({ ...primaryPlacement(s), mentorIds: [s.foreignMentor.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      s.api.placements.schoolPlacement.update({
        schoolId: s.school.id,
        placementId: id,
        field: "mentors",
        mentorIds: [s.foreignMentor.id],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const placement = await db.placement.findUniqueOrThrow({ where: { id }, include: { mentorJoins: true } });
    expect(placement.status).toBe("draft");
    expect(placement.mentorJoins.map((j) => j.mentorId)).toEqual([s.mentor.id]);
  });
});
