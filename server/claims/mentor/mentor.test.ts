import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createClaimWindow,
  createMentor,
  createProvider,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { IntegrationClients } from "#server/integrations/clients.ts";
import { createTeachingRecordClient } from "#server/integrations/teaching-record/teaching-record.client.ts";
import type { Db } from "#server/db.ts";
import { startTeachingRecordApi, type FakeTeachingRecordApi } from "#server/fakes/teaching-record-api.ts";
import { MENTOR_MESSAGES, MentorLookupFormSchema } from "./mentor.schema.ts";
import { parseWith } from "~/lib/validation";

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

async function callerFor(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId), clients }));
}

async function setup() {
  const db = await getDb();
  const schoolA = await createSchool(db, { name: "School A" });
  const schoolB = await createSchool(db, { name: "School B" });
  const userA = await createUser(db, { schoolIds: [schoolA.id] });
  const support = await createUser(db, { kind: "support" });
  return { db, schoolA, schoolB, userA, support, api: await callerFor(db, userA.id) };
}

const JANE = { trn: "1234567", dateOfBirth: "1991-01-22" };

async function expectTrpcError(promise: Promise<unknown>, code: TRPCError["code"], message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  if (message) expect((error as TRPCError).message).toBe(message);
  return error as TRPCError;
}

describe("add mentor form validation", () => {
  const parse = (values: Record<string, string>) => parseWith(MentorLookupFormSchema, values);
  const dob = { "dateOfBirth-day": "22", "dateOfBirth-month": "1", "dateOfBirth-year": "1991" };

  it("requires a TRN and a date of birth", () => {
    expect(parse({ trn: "" })).toEqual({
      ok: false,
      errors: { trn: MENTOR_MESSAGES.trnRequired, dateOfBirth: MENTOR_MESSAGES.dateOfBirthRequired },
    });
  });

  it.each([
    ["123456", false],
    ["12345678", false],
    ["123456a", false],
    ["1234567", true],
    [" 123 4567 ", true],
  ])("TRN %j valid: %s", (trn, valid) => {
    const result = parse({ trn, ...dob });
    if (valid) expect(result).toEqual({ ok: true, data: { trn: "1234567", dateOfBirth: "1991-01-22" } });
    else expect(result).toEqual({ ok: false, errors: { trn: MENTOR_MESSAGES.trnFormat } });
  });

  it.each([
    [
      { "dateOfBirth-day": "31", "dateOfBirth-month": "2", "dateOfBirth-year": "1990" },
      "Date of birth must be a real date",
    ],
    [
      { "dateOfBirth-day": "1", "dateOfBirth-month": "", "dateOfBirth-year": "1990" },
      "Date of birth must include a month",
    ],
    [
      { "dateOfBirth-day": "1", "dateOfBirth-month": "1", "dateOfBirth-year": "90" },
      "Date of birth must be a real date",
    ],
    [
      { "dateOfBirth-day": "1", "dateOfBirth-month": "1", "dateOfBirth-year": "2999" },
      "Date of birth must be in the past",
    ],
  ])("date of birth %j → %s", (parts, message) => {
    expect(parse({ trn: "1234567", ...parts })).toEqual({ ok: false, errors: { dateOfBirth: message } });
  });
});

describe("claims.mentor", () => {
  it("looks a mentor up in the Teaching Record", async () => {
    const { api, schoolA } = await setup();
    expect(await api.claims.mentor.lookup({ schoolId: schoolA.id, ...JANE })).toEqual({
      found: true,
      trn: "1234567",
      firstName: "Jane",
      lastName: "Doe",
    });
    expect(await api.claims.mentor.lookup({ schoolId: schoolA.id, trn: "1234567", dateOfBirth: "1991-01-23" })).toEqual(
      {
        found: false,
        trn: "1234567",
      },
    );
  });

  it("adds a mentor with the names from the Teaching Record, shared by TRN across schools", async () => {
    const { db, api, schoolA, schoolB, support } = await setup();
    const existing = await createMentor(db, {
      trn: "1234567",
      firstName: "Old",
      lastName: "Name",
      schoolId: schoolB.id,
    });
    const mentor = await api.claims.mentor.add({ schoolId: schoolA.id, ...JANE });
    expect(mentor).toMatchObject({ id: existing.id, firstName: "Jane", lastName: "Doe", trn: "1234567" });
    expect(await db.mentor.count()).toBe(1);
    expect(await api.claims.mentor.list({ schoolId: schoolA.id })).toEqual([
      { id: existing.id, firstName: "Jane", lastName: "Doe", trn: "1234567" },
    ]);
    // Still a mentor of school B too.
    const supportApi = await callerFor(db, support.id);
    expect(await supportApi.claims.mentor.list({ schoolId: schoolB.id })).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "mentor.added" } })).toBe(1);
  });

  it("refuses a mentor already added to the school", async () => {
    const { api, schoolA } = await setup();
    await api.claims.mentor.add({ schoolId: schoolA.id, ...JANE });
    await expectTrpcError(
      api.claims.mentor.lookup({ schoolId: schoolA.id, ...JANE }),
      "BAD_REQUEST",
      MENTOR_MESSAGES.alreadyAdded,
    );
    await expectTrpcError(
      api.claims.mentor.add({ schoolId: schoolA.id, ...JANE }),
      "BAD_REQUEST",
      MENTOR_MESSAGES.alreadyAdded,
    );
  });

  it("adds the mentor once when the form is submitted twice at the same time", async () => {
    const { db, api, schoolA } = await setup();
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => api.claims.mentor.add({ schoolId: schoolA.id, ...JANE })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as TRPCError).message).toBe(MENTOR_MESSAGES.alreadyAdded);
    expect(await db.mentorMembership.count({ where: { schoolId: schoolA.id } })).toBe(1);
  });

  it("does not add a mentor whose record cannot be found", async () => {
    const { db, api, schoolA } = await setup();
    await expectTrpcError(
      api.claims.mentor.add({ schoolId: schoolA.id, trn: "7654321", dateOfBirth: "1991-01-22" }),
      "BAD_REQUEST",
      "No results found for ‘7654321’",
    );
    expect(await db.mentor.count()).toBe(0);
  });

  it.each([500, 503])("turns a Teaching Record %i into a form error", async (status) => {
    const { api, schoolA } = await setup();
    fake.failNext(status);
    const error = await expectTrpcError(
      api.claims.mentor.lookup({ schoolId: schoolA.id, ...JANE }),
      "BAD_REQUEST",
      MENTOR_MESSAGES.unavailable,
    );
    expect(error.cause).toMatchObject({ field: "form" });
  });

  it("rejects a malformed TRN at the procedure input", async () => {
    const { api, schoolA } = await setup();
    await expectTrpcError(
      api.claims.mentor.lookup({ schoolId: schoolA.id, trn: "12345", dateOfBirth: "1991-01-22" }),
      "BAD_REQUEST",
    );
    expect(fake.requests()).toHaveLength(0);
  });

  describe("denials", () => {
    it("a user of school A cannot list, look up or add for school B", async () => {
      const { api, schoolB } = await setup();
      await expectTrpcError(api.claims.mentor.list({ schoolId: schoolB.id }), "NOT_FOUND");
      await expectTrpcError(api.claims.mentor.lookup({ schoolId: schoolB.id, ...JANE }), "NOT_FOUND");
      await expectTrpcError(api.claims.mentor.add({ schoolId: schoolB.id, ...JANE }), "NOT_FOUND");
      expect(fake.requests()).toHaveLength(0);
    });

    it("school B's mentor id under school A is not found", async () => {
      const { db, api, schoolA, schoolB } = await setup();
      const mentorB = await createMentor(db, { schoolId: schoolB.id });
      await expectTrpcError(api.claims.mentor.byId({ schoolId: schoolA.id, mentorId: mentorB.id }), "NOT_FOUND");
      await expectTrpcError(api.claims.mentor.removal({ schoolId: schoolA.id, mentorId: mentorB.id }), "NOT_FOUND");
      await expectTrpcError(api.claims.mentor.remove({ schoolId: schoolA.id, mentorId: mentorB.id }), "NOT_FOUND");
      expect(await db.mentorMembership.count({ where: { mentorId: mentorB.id } })).toBe(1);
    });

    it("a placements membership is not a claims mentor", async () => {
      const { db, api, schoolA } = await setup();
      const placementsMentor = await createMentor(db, { schoolId: schoolA.id, service: "placements" });
      expect(await api.claims.mentor.list({ schoolId: schoolA.id })).toEqual([]);
      await expectTrpcError(
        api.claims.mentor.byId({ schoolId: schoolA.id, mentorId: placementsMentor.id }),
        "NOT_FOUND",
      );
    });
  });

  describe("remove", () => {
    async function claimWith(
      db: Db,
      schoolId: string,
      mentorId: string,
      status: "draft" | "submitted" | "invalid_provider" | "paid" | "internal_draft",
    ) {
      const year = await createAcademicYear(db, 2024);
      const window =
        (await db.claimWindow.findFirst()) ??
        (await createClaimWindow(db, {
          academicYearId: year.id,
          startsOn: new Date("2025-05-01"),
          endsOn: new Date("2025-07-19"),
        }));
      const provider = await createProvider(db);
      return db.claim.create({
        data: {
          schoolId,
          providerId: provider.id,
          claimWindowId: window.id,
          status,
          mentorTrainings: { create: { mentorId, providerId: provider.id, hoursCompleted: 5 } },
        },
      });
    }

    it("removes the membership but keeps the shared mentor", async () => {
      const { db, api, schoolA } = await setup();
      const mentor = await createMentor(db, { schoolId: schoolA.id });
      expect(await api.claims.mentor.removal({ schoolId: schoolA.id, mentorId: mentor.id })).toMatchObject({
        canRemove: true,
      });
      await api.claims.mentor.remove({ schoolId: schoolA.id, mentorId: mentor.id });
      expect(await api.claims.mentor.list({ schoolId: schoolA.id })).toEqual([]);
      expect(await db.mentor.count()).toBe(1);
    });

    it.each(["draft", "submitted", "invalid_provider"] as const)(
      "is blocked while the mentor is in a %s claim of the school",
      async (status) => {
        const { db, api, schoolA } = await setup();
        const mentor = await createMentor(db, { schoolId: schoolA.id });
        await claimWith(db, schoolA.id, mentor.id, status);
        expect(await api.claims.mentor.removal({ schoolId: schoolA.id, mentorId: mentor.id })).toMatchObject({
          canRemove: false,
        });
        await expectTrpcError(
          api.claims.mentor.remove({ schoolId: schoolA.id, mentorId: mentor.id }),
          "BAD_REQUEST",
          MENTOR_MESSAGES.cannotRemove,
        );
        expect(await db.mentorMembership.count({ where: { mentorId: mentor.id } })).toBe(1);
      },
    );

    it.each(["paid", "internal_draft"] as const)("is allowed when the mentor's claim is %s", async (status) => {
      const { db, api, schoolA } = await setup();
      const mentor = await createMentor(db, { schoolId: schoolA.id });
      await claimWith(db, schoolA.id, mentor.id, status);
      await api.claims.mentor.remove({ schoolId: schoolA.id, mentorId: mentor.id });
      expect(await db.mentorMembership.count({ where: { mentorId: mentor.id } })).toBe(0);
    });

    it("is not blocked by another school's active claim", async () => {
      const { db, api, schoolA, schoolB } = await setup();
      const mentor = await createMentor(db, { schoolId: schoolA.id });
      await claimWith(db, schoolB.id, mentor.id, "submitted");
      await api.claims.mentor.remove({ schoolId: schoolA.id, mentorId: mentor.id });
      expect(await db.mentorMembership.count({ where: { mentorId: mentor.id, schoolId: schoolA.id } })).toBe(0);
    });
  });
});
