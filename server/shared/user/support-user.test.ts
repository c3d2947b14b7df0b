import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { createSession } from "#server/auth/session.ts";
import type { Db } from "#server/db.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

describe("claims.support.supportUser", () => {
  it("adds a DfE support user and refuses other domains", async () => {
    const db = await getDb();
    const colin = await createUser(db, { kind: "support" });
    const api = await callerAs(db, colin.id);
    await expect(
      api.claims.support.supportUser.add({ firstName: "Eve", lastName: "X", email: "eve@example.com" }),
    ).rejects.toThrow(
      "Enter a Department for Education email address in the correct format, like name@education.gov.uk",
    );
    const eve = await api.claims.support.supportUser.add({
      firstName: "Eve",
      lastName: "X",
      email: "Eve@Education.gov.uk",
    });
    expect(eve.email).toBe("eve@education.gov.uk");
    expect((await db.emailOutbox.findFirstOrThrow()).subject).toBe(
      "Invitation to join Claim funding for mentor training",
    );
    expect((await api.claims.support.supportUser.list()).map((u) => u.email).sort()).toEqual(
      [colin.email, "eve@education.gov.uk"].sort(),
    );
  });

  it("removes (soft delete, sessions ended) and revives the same row when re-added", async () => {
    const db = await getDb();
    const colin = await createUser(db, { kind: "support" });
    const dee = await createUser(db, { kind: "support", email: "dee@education.gov.uk" });
    await createSession(db, { userId: dee.id, service: "claims" });
    const api = await callerAs(db, colin.id);
    await api.claims.support.supportUser.remove({ userId: dee.id });
    const removed = await db.user.findUniqueOrThrow({ where: { id: dee.id } });
    expect(removed.discardedAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: dee.id } })).toBe(0);
    expect((await api.claims.support.supportUser.list()).map((u) => u.id)).toEqual([colin.id]);
    await expect(api.claims.support.supportUser.byId({ userId: dee.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const again = await api.claims.support.supportUser.add({
      firstName: "Dee",
      lastName: "New",
      email: "dee@education.gov.uk",
    });
    expect(again.id).toBe(dee.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: dee.id } })).discardedAt).toBeNull();
  });

  it("refuses removing yourself and adding an active support user twice", async () => {
    const db = await getDb();
    const colin = await createUser(db, { kind: "support" });
    const api = await callerAs(db, colin.id);
    await expect(api.claims.support.supportUser.remove({ userId: colin.id })).rejects.toThrow(
      "You cannot remove yourself",
    );
    await expect(
      api.claims.support.supportUser.add({ firstName: "C", lastName: "C", email: colin.email }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("is NOT_FOUND for school users, and for placements support users", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const anne = await createUser(db, { schoolIds: [school.id] });
    const colin = await createUser(db, { kind: "support" });
    const api = await callerAs(db, anne.id);
    await expect(api.claims.support.supportUser.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.claims.support.supportUser.remove({ userId: colin.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(api.claims.support.organisation.list({})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.claims.support.organisation.onboardSchool({ schoolId: school.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: colin.id } })).discardedAt).toBeNull();
    const pSupport = await createUser(db, { service: "placements", kind: "support" });
    const papi = await callerAs(db, pSupport.id);
    await expect(papi.claims.support.supportUser.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(papi.placements.support.supportUser.list()).resolves.toHaveLength(1);
  });
});

describe("placements.support.supportUser", () => {
  it("uses the placements invitation subject and accepts non-DfE addresses", async () => {
    const db = await getDb();
    const colin = await createUser(db, { service: "placements", kind: "support" });
    const api = await callerAs(db, colin.id);
    await api.placements.support.supportUser.add({ firstName: "Fay", lastName: "Y", email: "fay@example.com" });
    expect((await db.emailOutbox.findFirstOrThrow()).subject).toBe(
      "Your invite to the Manage school placements service",
    );
  });
});
