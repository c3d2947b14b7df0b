import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createAcademicYear, createMentor, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { IntegrationClients } from "#server/integrations/clients.ts";
import { createTeachingRecordClient } from "#server/integrations/teaching-record/teaching-record.client.ts";
import type { Db } from "#server/db.ts";
import { startTeachingRecordApi, type FakeTeachingRecordApi } from "#server/fakes/teaching-record-api.ts";
import { MENTOR_MESSAGES } from "#server/shared/mentor/mentor.schema.ts";

const getDb = useTestDatabase();
let fake: FakeTeachingRecordApi;

let clients: IntegrationClients;

beforeAll(async () => {
  fake = await startTeachingRecordApi({ port: 0 });
  clients = { teachingRecord: createTeachingRecordClient({ baseUrl: fake.url, apiKey: fake.apiKey }) };
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

/** A demo teacher of the fake Teaching Record. */
const JANE = { trn: "1234567", dateOfBirth: "1991-01-22" };

async function callerFor(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId), clients }));
}

async function setup() {
  const db = await getDb();
  const school = await createSchool(db, { placements: true, claims: true, name: "Riverside" });
  const other = await createSchool(db, { placements: true, claims: false, name: "Elsewhere" });
  const user = await createUser(db, { service: "placements", schoolIds: [school.id] });
  const support = await createUser(db, { service: "placements", kind: "support" });
  const year = await createAcademicYear(db, 2026);
  return { db, school, other, user, support, year, api: await callerFor(db, user.id) };
}

async function placementWith(db: Db, schoolId: string, academicYearId: string, mentorId: string) {
  const subject = await db.subject.create({ data: { name: `Subject ${Math.random()}`, subjectArea: "secondary" } });
  return db.placement.create({
    data: { schoolId, academicYearId, subjectId: subject.id, mentorJoins: { create: [{ mentorId }] } },
  });
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

describe("placements.schoolMentor", () => {
  it("adds a new mentor with the names from the Teaching Record", async () => {
    const { db, school, api } = await setup();
    const mentor = await api.placements.schoolMentor.add({ schoolId: school.id, ...JANE });
    expect(mentor).toMatchObject({ trn: "1234567", firstName: "Jane", lastName: "Doe" });
    expect(await api.placements.schoolMentor.list({ schoolId: school.id })).toEqual([mentor]);
    // A placements mentor is not a claims mentor.
    expect(await db.mentorMembership.count({ where: { schoolId: school.id, service: "claims" } })).toBe(0);
  });

  it("adds a school's claims mentor to placements without a second mentor row", async () => {
    const { db, school, api } = await setup();
    const claimsMentor = await createMentor(db, { trn: JANE.trn, schoolId: school.id, service: "claims" });
    expect(await api.placements.schoolMentor.list({ schoolId: school.id })).toEqual([]);

    const added = await api.placements.schoolMentor.add({ schoolId: school.id, ...JANE });
    expect(added.id).toBe(claimsMentor.id);
    expect(await db.mentor.count({ where: { trn: JANE.trn } })).toBe(1);
    const memberships = await db.mentorMembership.findMany({
      where: { mentorId: claimsMentor.id },
      orderBy: { type: "asc" },
    });
    expect(memberships.map((m) => m.type)).toEqual(["Claims::MentorMembership", "Placements::MentorMembership"]);
  });

  it("refuses a mentor already added, and a TRN the Teaching Record does not know", async () => {
    const { db, school, api } = await setup();
    await createMentor(db, { trn: JANE.trn, schoolId: school.id, service: "placements" });
    const again = await errorOf(api.placements.schoolMentor.add({ schoolId: school.id, ...JANE }));
    expect(again.code).toBe("BAD_REQUEST");
    expect(again.message).toBe(MENTOR_MESSAGES.alreadyAdded);

    // Right TRN, wrong date of birth: the fake answers 404, as the real API does.
    expect(
      await api.placements.schoolMentor.lookup({ schoolId: school.id, trn: "1234568", dateOfBirth: "1990-01-01" }),
    ).toEqual({ found: false, trn: "1234568" });
    const notFound = await errorOf(
      api.placements.schoolMentor.add({ schoolId: school.id, trn: "1234568", dateOfBirth: "1990-01-01" }),
    );
    expect(notFound.message).toBe(MENTOR_MESSAGES.noResults("1234568"));
    expect(await db.mentor.count({ where: { trn: "1234568" } })).toBe(0);
  });

  it("rejects a TRN that is not 7 digits at the procedure input", async () => {
    const { school, api } = await setup();
    const error = await errorOf(
      api.placements.schoolMentor.lookup({ schoolId: school.id, trn: "123456", dateOfBirth: JANE.dateOfBirth }),
    );
    expect(error.code).toBe("BAD_REQUEST");
  });

  it("treats another school's mentor, or a school the user is not in, as not found", async () => {
    const { db, school, other, api } = await setup();
    const foreign = await createMentor(db, { schoolId: other.id, service: "placements" });
    const claimsOnly = await createMentor(db, { schoolId: school.id, service: "claims" });
    for (const mentorId of [foreign.id, claimsOnly.id]) {
      expect((await errorOf(api.placements.schoolMentor.byId({ schoolId: school.id, mentorId }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await errorOf(api.placements.schoolMentor.removal({ schoolId: school.id, mentorId }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await errorOf(api.placements.schoolMentor.remove({ schoolId: school.id, mentorId }))).code).toBe(
        "NOT_FOUND",
      );
    }
    expect((await errorOf(api.placements.schoolMentor.list({ schoolId: other.id }))).code).toBe("NOT_FOUND");
    expect((await errorOf(api.placements.schoolMentor.add({ schoolId: other.id, ...JANE }))).code).toBe("NOT_FOUND");
    expect(await db.mentorMembership.count({ where: { mentorId: foreign.id } })).toBe(1);
  });

  it("lets support work on any school's mentors; a claims user is refused", async () => {
    const { db, school, support } = await setup();
    const supportApi = await callerFor(db, support.id);
    await supportApi.placements.schoolMentor.add({ schoolId: school.id, ...JANE });
    expect(await supportApi.placements.schoolMentor.list({ schoolId: school.id })).toHaveLength(1);

    const claimsUser = await createUser(db, { service: "claims", schoolIds: [school.id] });
    const claimsApi = await callerFor(db, claimsUser.id);
    expect((await errorOf(claimsApi.placements.schoolMentor.list({ schoolId: school.id }))).code).toBe("NOT_FOUND");
  });

  it("deletes a mentor on no placement of the school; the mentor row stays", async () => {
    const { db, school, other, year, api } = await setup();
    const mentor = await createMentor(db, { schoolId: school.id, service: "placements" });
    // On another school's placement: does not block deleting them here.
    await db.mentorMembership.create({
      data: { mentorId: mentor.id, schoolId: other.id, service: "placements", type: "Placements::MentorMembership" },
    });
    await placementWith(db, other.id, year.id, mentor.id);

    expect((await api.placements.schoolMentor.removal({ schoolId: school.id, mentorId: mentor.id })).canRemove).toBe(
      true,
    );
    await api.placements.schoolMentor.remove({ schoolId: school.id, mentorId: mentor.id });
    expect(await api.placements.schoolMentor.list({ schoolId: school.id })).toEqual([]);
    expect(await db.mentor.count({ where: { id: mentor.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "mentor.removed" } })).toBe(1);
  });

  it("does not delete a mentor on a placement of the school", async () => {
    const { db, school, year, api } = await setup();
    const mentor = await createMentor(db, { schoolId: school.id, service: "placements" });
    const placement = await placementWith(db, school.id, year.id, mentor.id);

    const removal = await api.placements.schoolMentor.removal({ schoolId: school.id, mentorId: mentor.id });
    expect(removal.canRemove).toBe(false);
    expect(removal.placements.map((p) => p.id)).toEqual([placement.id]);

    const error = await errorOf(api.placements.schoolMentor.remove({ schoolId: school.id, mentorId: mentor.id }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(MENTOR_MESSAGES.cannotDeleteFromPlacements);
    expect(await db.mentorMembership.count({ where: { mentorId: mentor.id } })).toBe(1);
  });

  it("keeps the rule in the database: no delete while on a placement, no placement mentor who is not a member", async () => {
    const { db, school, other, year } = await setup();
    const mentor = await createMentor(db, { schoolId: school.id, service: "placements" });
    await placementWith(db, school.id, year.id, mentor.id);
    await expect(db.mentorMembership.deleteMany({ where: { mentorId: mentor.id } })).rejects.toThrow(
      /mentor_memberships_on_placement/,
    );
    await expect(placementWith(db, other.id, year.id, mentor.id)).rejects.toThrow(
      /placement_mentor_joins_school_mentor/,
    );
    // Deleting the school takes its placements and memberships with it.
    await db.school.delete({ where: { id: school.id } });
    expect(await db.mentorMembership.count({ where: { mentorId: mentor.id } })).toBe(0);
  });
});
