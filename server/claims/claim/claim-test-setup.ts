import type { TRPCError } from "@trpc/server";
import type { Db } from "../../db.ts";
import { createInnerContext } from "../../trpc/context.ts";
import { createCaller } from "../../trpc/root.ts";
import {
  createAcademicYear,
  createClaimRow,
  createClaimWindow,
  createEligibility,
  createMentor,
  createProvider,
  createRegion,
  createSchool,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";

const DAY = 24 * 60 * 60 * 1000;

/** A school in a current claim window (eligible), two mentors, a provider, users of two schools and a support user. */
export async function claimsWorld(db: Db) {
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const startYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  const ay = await createAcademicYear(db, startYear);
  const window = await createClaimWindow(db, {
    academicYearId: ay.id,
    startsOn: new Date(today.getTime() - 10 * DAY),
    endsOn: new Date(today.getTime() + 10 * DAY),
  });
  const region = await createRegion(db, { name: "Inner London", pence: 5360 });
  const school = await createSchool(db, { regionId: region.id });
  const otherSchool = await createSchool(db, { regionId: region.id });
  await createEligibility(db, school.id, ay.id);
  await createEligibility(db, otherSchool.id, ay.id);
  const provider = await createProvider(db, { name: "Best Practice Network" });
  const m1 = await createMentor(db, { schoolId: school.id, firstName: "Alice", lastName: "Able" });
  const m2 = await createMentor(db, { schoolId: school.id, firstName: "Bob", lastName: "Baker" });
  const userA = await createUser(db, { schoolIds: [school.id], firstName: "Ann" });
  const userA2 = await createUser(db, { schoolIds: [school.id], firstName: "Ada" });
  const userB = await createUser(db, { schoolIds: [otherSchool.id], firstName: "Ben" });
  const support = await createUser(db, { kind: "support" });
  const caller = async (userId: string) =>
    createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId), service: "claims" }));
  return {
    ay,
    window,
    school,
    otherSchool,
    provider,
    m1,
    m2,
    userA,
    userA2,
    userB,
    support,
    caller,
    actor: (userId: string) => sessionUserFor(db, userId),
    allowanceHours: ay.startsOn.getTime() < Date.UTC(2025, 0, 1) ? 20 : 16,
  };
}

/** The error a procedure call fails with (the test fails if it succeeds). */
export async function rejects(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as TRPCError;
  }
  throw new Error("expected the call to fail");
}

/** Ann's claim (Alice 10 hours, Bob 6) whose provider lost its accreditation; `newProvider` is accredited. */
export async function invalidProviderWorld(db: Db) {
  const w = await claimsWorld(db);
  const oldProvider = await createProvider(db, { name: "Closed Lead School", accredited: false });
  const newProvider = await createProvider(db, { name: "Ambition Institute" });
  const claim = await createClaimRow(db, {
    schoolId: w.school.id,
    providerId: oldProvider.id,
    claimWindowId: w.window.id,
    status: "invalid_provider",
    createdById: w.userA.id,
    amountPence: 1,
    trainings: [
      { mentorId: w.m1.id, hours: 10 },
      { mentorId: w.m2.id, hours: 6 },
    ],
  });
  const key = { schoolId: w.school.id, claimId: claim.id };
  return { ...w, oldProvider, newProvider, claim, key };
}
