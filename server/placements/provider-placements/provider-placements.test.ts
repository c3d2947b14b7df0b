import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { selectedAcademicYear } from "../academic-year/academic-year.service.ts";

const getDb = useTestDatabase();

describe("My placements (placements.providerPlacements)", () => {
  let db: Db;
  let providerId: string;
  let otherProviderId: string;
  let caller: ReturnType<typeof createCaller>;
  let ids: Record<string, string>;
  let subjects: Record<string, string>;
  let schools: Record<string, string>;

  beforeEach(async () => {
    db = await getDb();
    providerId = (await createProvider(db, { placements: true })).id;
    otherProviderId = (await createProvider(db, { placements: true })).id;
    const user = await createUser(db, { service: "placements", providerIds: [providerId] });
    caller = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, user.id) }));
    const year = await selectedAcademicYear(db, user.id);
    const otherYear = await db.academicYear.findFirstOrThrow({ where: { id: { not: year.id } } });
    const subject = (name: string, subjectArea: "primary" | "secondary", parentSubjectId?: string) =>
      db.subject.create({ data: { name, subjectArea, parentSubjectId } }).then((s) => s.id);
    const mfl = await subject("Modern languages", "secondary");
    subjects = {
      maths: await subject("Mathematics", "secondary"),
      primary: await subject("Primary", "primary"),
      mfl,
      french: await subject("French", "secondary", mfl),
    };
    schools = {
      alpha: (await createSchool(db, { name: "Alpha School", placements: true })).id,
      beta: (await createSchool(db, { name: "Beta School", placements: true })).id,
    };
    const placement = (
      schoolId: string,
      subjectId: string,
      opts: { provider?: string | null; ay?: string; status?: "draft" | "published"; extra?: string } = {},
    ) =>
      db.placement
        .create({
          data: {
            schoolId,
            subjectId,
            academicYearId: opts.ay ?? year.id,
            status: opts.status ?? "published",
            providerId: opts.provider === undefined ? providerId : opts.provider,
            yearGroup: subjectId === subjects.primary ? "year_1" : null,
            additionalSubjects: opts.extra ? { create: [{ subjectId: opts.extra }] } : undefined,
          },
        })
        .then((p) => p.id);
    ids = {
      alphaMaths: await placement(schools.alpha, subjects.maths),
      betaMaths: await placement(schools.beta, subjects.maths),
      betaPrimary: await placement(schools.beta, subjects.primary),
      alphaFrench: await placement(schools.alpha, subjects.mfl, { extra: subjects.french }),
      unassigned: await placement(schools.alpha, subjects.maths, { provider: null }),
      others: await placement(schools.alpha, subjects.maths, { provider: otherProviderId }),
      otherYear: await placement(schools.alpha, subjects.maths, { ay: otherYear.id }),
    };
  });

  const list = (filters: Record<string, unknown> = {}) =>
    caller.placements.providerPlacements.list({ providerId, filters: filters as never });
  const titles = async (filters: Record<string, unknown> = {}) =>
    (await list(filters)).placements.map((p) => `${p.title} – ${p.school.name}`);

  it("lists only the placements assigned to this provider in the selected year, by subject then school", async () => {
    expect(await titles()).toEqual([
      "Mathematics – Alpha School",
      "Mathematics – Beta School",
      "French – Alpha School",
      "Primary (Year 1) – Beta School",
    ]);
    const { options } = await list();
    expect(options.schools.map((s) => s.name)).toEqual(["Alpha School", "Beta School"]);
    expect(options.subjects.map((s) => s.name)).toEqual(["French", "Mathematics", "Modern languages", "Primary"]);
  });

  it("filters by school", async () => {
    expect(await titles({ school: schools.beta })).toEqual([
      "Mathematics – Beta School",
      "Primary (Year 1) – Beta School",
    ]);
    expect(await titles({ school: [schools.alpha, schools.beta] })).toHaveLength(4);
  });

  it("filters by subject, matching additional subjects too", async () => {
    expect(await titles({ subject: subjects.maths })).toEqual([
      "Mathematics – Alpha School",
      "Mathematics – Beta School",
    ]);
    expect(await titles({ subject: subjects.french })).toEqual(["French – Alpha School"]);
    expect(await titles({ subject: [subjects.french, subjects.primary], school: schools.beta })).toEqual([
      "Primary (Year 1) – Beta School",
    ]);
  });

  it("filters by phase (the subject's area) and drops values that are not allowed", async () => {
    expect(await titles({ phase: "primary" })).toEqual(["Primary (Year 1) – Beta School"]);
    expect(await titles({ phase: "secondary" })).toHaveLength(3);
    expect(await titles({ phase: ["nursery"], subject: "not-a-uuid" })).toHaveLength(4);
  });

  it("shows one of the provider's placements; another provider's, an unassigned or a missing one is NOT_FOUND", async () => {
    const mine = await caller.placements.providerPlacements.byId({ providerId, placementId: ids.alphaFrench });
    expect(mine).toMatchObject({ title: "French", school: { name: "Alpha School" } });
    for (const placementId of [ids.others, ids.unassigned, "00000000-0000-4000-8000-000000000000"]) {
      await expect(caller.placements.providerPlacements.byId({ providerId, placementId })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    // The other provider's id in the URL: not a member.
    await expect(
      caller.placements.providerPlacements.byId({ providerId: otherProviderId, placementId: ids.others }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      caller.placements.providerPlacements.list({ providerId: otherProviderId, filters: {} as never }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
