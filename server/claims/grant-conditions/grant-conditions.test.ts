import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";

const getDb = useTestDatabase();

const callerFor = async (db: Db, userId: string) =>
  createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));

async function setup() {
  const db = await getDb();
  const school = await createSchool(db, { name: "Oakwood", grantConditionsAccepted: false });
  const other = await createSchool(db, { name: "Elsewhere", grantConditionsAccepted: false });
  const user = await createUser(db, { schoolIds: [school.id], firstName: "Mary", lastName: "Lawson" });
  const support = await createUser(db, { kind: "support" });
  return {
    db,
    school,
    other,
    user,
    support,
    api: await callerFor(db, user.id),
    supportApi: await callerFor(db, support.id),
  };
}

describe("claims.grantConditions", () => {
  it("records who accepted and when; accepting again keeps the first acceptance", async () => {
    const { db, school, api, user, support, supportApi } = await setup();
    expect(await api.claims.grantConditions.show({ schoolId: school.id })).toMatchObject({
      name: "Oakwood",
      acceptedAt: null,
    });
    const before = Date.now();
    expect(await api.claims.grantConditions.accept({ schoolId: school.id })).toEqual({
      accepted: true,
      newlyAccepted: true,
    });
    const row = await db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(row.claimsGrantConditionsAcceptedById).toBe(user.id);
    expect(row.claimsGrantConditionsAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(await supportApi.claims.grantConditions.accept({ schoolId: school.id })).toEqual({
      accepted: true,
      newlyAccepted: false,
    });
    expect((await db.school.findUniqueOrThrow({ where: { id: school.id } })).claimsGrantConditionsAcceptedById).toBe(
      user.id,
    );
    expect(support.id).not.toBe(user.id);
    const details = await api.claims.grantConditions.schoolDetails({ schoolId: school.id });
    expect(details.claimsGrantConditionsAcceptedBy).toEqual({
      firstName: "Mary",
      lastName: "Lawson",
      email: user.email,
    });
  });

  it("support can remove the acceptance", async () => {
    const { db, school, api, supportApi } = await setup();
    await api.claims.grantConditions.accept({ schoolId: school.id });
    expect(await supportApi.claims.grantConditions.removeAcceptance({ schoolId: school.id })).toEqual({
      removed: true,
    });
    const row = await db.school.findUniqueOrThrow({ where: { id: school.id } });
    expect(row.claimsGrantConditionsAcceptedAt).toBeNull();
    expect(row.claimsGrantConditionsAcceptedById).toBeNull();
    expect(await db.auditLog.count({ where: { action: "grant_conditions.acceptance_removed" } })).toBe(1);
  });

  it("a school user cannot remove an acceptance (NOT_FOUND)", async () => {
    const { db, school, api } = await setup();
    await api.claims.grantConditions.accept({ schoolId: school.id });
    await expect(api.claims.grantConditions.removeAcceptance({ schoolId: school.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      (await db.school.findUniqueOrThrow({ where: { id: school.id } })).claimsGrantConditionsAcceptedAt,
    ).not.toBeNull();
  });

  it("a user cannot see or accept another school's grant conditions (NOT_FOUND)", async () => {
    const { db, other, api } = await setup();
    for (const call of [
      api.claims.grantConditions.show({ schoolId: other.id }),
      api.claims.grantConditions.accept({ schoolId: other.id }),
      api.claims.grantConditions.schoolDetails({ schoolId: other.id }),
    ]) {
      const error = await call.catch((e) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(error.code).toBe("NOT_FOUND");
    }
    expect((await db.school.findUniqueOrThrow({ where: { id: other.id } })).claimsGrantConditionsAcceptedAt).toBeNull();
  });

  it("a school outside the claims service is not found, even for support", async () => {
    const { db, supportApi } = await setup();
    const placementsOnly = await createSchool(db, { claims: false, placements: true });
    await expect(
      supportApi.claims.grantConditions.removeAcceptance({ schoolId: placementsOnly.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
