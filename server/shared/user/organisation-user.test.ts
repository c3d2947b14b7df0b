import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import { createSession } from "#server/auth/session.ts";
import type { Db } from "#server/db.ts";
import { addOrganisationUser, listOrganisationUsers } from "./organisation-user.service.ts";
import { UserDetailsSchema } from "./user.schema.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

async function twoSchools(db: Db) {
  const schoolA = await createSchool(db, { name: "School A" });
  const schoolB = await createSchool(db, { name: "School B" });
  const anne = await createUser(db, { firstName: "Anne", schoolIds: [schoolA.id] });
  const bob = await createUser(db, { firstName: "Bob", schoolIds: [schoolB.id], email: "bob@example.com" });
  return { schoolA, schoolB, anne, bob };
}

const NEW_USER = { firstName: "  Jane ", lastName: "Doe", email: " Jane.Doe@Example.com " };

describe("claims.user", () => {
  it("lists the school's users only", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    const api = await callerAs(db, anne.id);
    const users = await api.claims.user.list({ schoolId: schoolA.id });
    expect(users.map((u) => u.firstName)).toEqual(["Anne"]);
  });

  it("adds a new user with a trimmed name, lower-case e-mail and an invitation in the outbox", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    const api = await callerAs(db, anne.id);
    const added = await api.claims.user.add({ schoolId: schoolA.id, ...NEW_USER });
    expect(added).toMatchObject({ firstName: "Jane", email: "jane.doe@example.com" });
    const row = await db.user.findUniqueOrThrow({ where: { id: added.id }, include: { memberships: true } });
    expect(row.type).toBe("Claims::User");
    expect(row.memberships.map((m) => m.schoolId)).toEqual([schoolA.id]);
    const outbox = await db.emailOutbox.findMany();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      to: "jane.doe@example.com",
      subject: "Invitation to join Claim funding for mentor training",
    });
    expect(outbox[0].body).toContain("School A");
  });

  it("gives an existing user of the service a membership instead of a second record", async () => {
    const db = await getDb();
    const { schoolA, anne, bob } = await twoSchools(db);
    const api = await callerAs(db, anne.id);
    await api.claims.user.add({ schoolId: schoolA.id, firstName: "Robert", lastName: "X", email: "BOB@example.com" });
    expect(await db.user.count({ where: { email: "bob@example.com" } })).toBe(1);
    expect(await db.userMembership.count({ where: { userId: bob.id } })).toBe(2);
  });

  it("refuses a duplicate membership as a field error and writes no e-mail", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    const api = await callerAs(db, anne.id);
    await expect(
      api.claims.user.add({ schoolId: schoolA.id, firstName: "A", lastName: "W", email: anne.email }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This email address is already used by a user of this organisation",
    });
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("rolls the e-mail back with the membership when a later write in the transaction fails", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    // An actor that is not a stored user makes the audit row (written after the e-mail) violate its foreign key.
    const ghost = { ...(await sessionUserFor(db, anne.id)), id: "00000000-0000-4000-8000-000000000000" };
    const api = createCaller(await createInnerContext({ db, user: ghost }));
    await expect(api.claims.user.add({ schoolId: schoolA.id, ...NEW_USER })).rejects.toThrow();
    expect(await db.emailOutbox.count()).toBe(0);
    expect(await db.user.count({ where: { email: "jane.doe@example.com" } })).toBe(0);
  });

  it("validates the details with GOV.UK messages", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    const api = await callerAs(db, anne.id);
    await expect(
      api.claims.user.add({ schoolId: schoolA.id, firstName: " ", lastName: "x", email: "x@example.com" }),
    ).rejects.toThrow("Enter a first name");
    await expect(
      api.claims.user.add({ schoolId: schoolA.id, firstName: "a", lastName: "x", email: "not-an-email" }),
    ).rejects.toThrow("Enter an email address in the correct format, like name@example.com");
    await expect(
      api.claims.user.add({ schoolId: schoolA.id, firstName: "a\u0007b", lastName: "x", email: "x@example.com" }),
    ).rejects.toThrow("First name must only include");
    await expect(
      api.claims.user.add({ schoolId: schoolA.id, firstName: "a".repeat(101), lastName: "x", email: "x@example.com" }),
    ).rejects.toThrow("First name must be 100 characters or fewer");
    expect(await db.user.count()).toBe(2);
  });

  it("removes a membership, queues the removal e-mail and ends the sessions of a user with no memberships left", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    const carol = await createUser(db, { firstName: "Carol", schoolIds: [schoolA.id] });
    await createSession(db, { userId: carol.id, service: "claims" });
    const api = await callerAs(db, anne.id);
    await api.claims.user.remove({ schoolId: schoolA.id, userId: carol.id });
    expect(await db.userMembership.count({ where: { userId: carol.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: carol.id } })).toBe(0);
    const outbox = await db.emailOutbox.findFirstOrThrow();
    expect(outbox.subject).toBe("You have been removed from Claim funding for mentor training");
  });

  it("keeps the sessions of a removed user who still belongs to another school", async () => {
    const db = await getDb();
    const { schoolA, schoolB, anne } = await twoSchools(db);
    const dan = await createUser(db, { schoolIds: [schoolA.id, schoolB.id] });
    await createSession(db, { userId: dan.id, service: "claims" });
    await (await callerAs(db, anne.id)).claims.user.remove({ schoolId: schoolA.id, userId: dan.id });
    expect(await db.session.count({ where: { userId: dan.id } })).toBe(1);
  });

  it("refuses to remove yourself", async () => {
    const db = await getDb();
    const { schoolA, anne } = await twoSchools(db);
    const api = await callerAs(db, anne.id);
    await expect(api.claims.user.remove({ schoolId: schoolA.id, userId: anne.id })).rejects.toThrow(
      "You cannot remove yourself",
    );
    expect(await db.userMembership.count({ where: { userId: anne.id } })).toBe(1);
  });

  describe("denials (another school's data is NOT_FOUND and nothing changes)", () => {
    it("school B's id on every procedure", async () => {
      const db = await getDb();
      const { schoolB, anne, bob } = await twoSchools(db);
      const api = await callerAs(db, anne.id);
      const b = { schoolId: schoolB.id };
      await expect(api.claims.user.list(b)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.claims.user.byId({ ...b, userId: bob.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.claims.user.add({ ...b, ...NEW_USER })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(api.claims.user.remove({ ...b, userId: bob.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await db.userMembership.count({ where: { userId: bob.id } })).toBe(1);
      expect(await db.user.count()).toBe(2);
      expect(await db.emailOutbox.count()).toBe(0);
    });

    it("school B's user id under my own school", async () => {
      const db = await getDb();
      const { schoolA, anne, bob } = await twoSchools(db);
      const api = await callerAs(db, anne.id);
      await expect(api.claims.user.byId({ schoolId: schoolA.id, userId: bob.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(api.claims.user.remove({ schoolId: schoolA.id, userId: bob.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      expect(await db.userMembership.count({ where: { userId: bob.id } })).toBe(1);
    });

    it("a placements user calling claims procedures", async () => {
      const db = await getDb();
      const school = await createSchool(db, { claims: true, placements: true });
      const p = await createUser(db, { service: "placements", schoolIds: [school.id] });
      const api = await callerAs(db, p.id);
      await expect(api.claims.user.list({ schoolId: school.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
      const viaClaims = createCaller(
        await createInnerContext({ db, user: await sessionUserFor(db, p.id), service: "claims" }),
      );
      await expect(viaClaims.claims.user.list({ schoolId: school.id })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    });

    it("support users can manage any school", async () => {
      const db = await getDb();
      const { schoolB, bob } = await twoSchools(db);
      const colin = await createUser(db, { kind: "support" });
      const api = await callerAs(db, colin.id);
      expect((await api.claims.user.list({ schoolId: schoolB.id })).map((u) => u.id)).toEqual([bob.id]);
    });
  });
});

describe("addOrganisationUser for a claims provider", () => {
  it("adds a claims provider user (Claims::ProviderUser) with the claims invitation", async () => {
    const db = await getDb();
    const provider = await createProvider(db);
    const support = await createUser(db, { kind: "support" });
    const org = { service: "claims", kind: "Provider", id: provider.id } as const;
    await addOrganisationUser(db, await sessionUserFor(db, support.id), org, UserDetailsSchema.parse(NEW_USER));
    const user = await db.user.findFirstOrThrow({
      where: { email: "jane.doe@example.com" },
      include: { memberships: true },
    });
    expect(user.type).toBe("Claims::ProviderUser");
    expect(user.memberships.map((m) => m.providerId)).toEqual([provider.id]);
    expect((await db.emailOutbox.findFirstOrThrow()).subject).toBe(
      "Invitation to join Claim funding for mentor training",
    );
    expect((await listOrganisationUsers(db, org)).map((u) => u.email)).toEqual(["jane.doe@example.com"]);
  });
});

describe("placements.schoolUser / providerUser", () => {
  it("adds a provider user with the provider invitation and refuses another provider's members", async () => {
    const db = await getDb();
    const provider = await createProvider(db, { placements: true });
    const other = await createProvider(db, { placements: true });
    const pat = await createUser(db, { service: "placements", providerIds: [provider.id] });
    const olly = await createUser(db, { service: "placements", providerIds: [other.id] });
    const api = await callerAs(db, pat.id);
    await api.placements.providerUser.add({ providerId: provider.id, ...NEW_USER });
    const mail = await db.emailOutbox.findFirstOrThrow();
    expect(mail.subject).toBe("Invitation to join Manage school placements");
    expect(mail.service).toBe("placements");
    await expect(
      api.placements.providerUser.remove({ providerId: provider.id, userId: olly.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.placements.providerUser.list({ providerId: other.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("school users get the ACTION NEEDED invitation; a claims user with the same e-mail is a different person", async () => {
    const db = await getDb();
    const school = await createSchool(db, { claims: true, placements: true });
    const mary = await createUser(db, { service: "placements", schoolIds: [school.id] });
    await createUser(db, { service: "claims", email: "jane.doe@example.com" });
    const added = await (await callerAs(db, mary.id)).placements.schoolUser.add({ schoolId: school.id, ...NEW_USER });
    const row = await db.user.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.service).toBe("placements");
    expect((await db.emailOutbox.findFirstOrThrow()).subject).toBe(
      "ACTION NEEDED: Sign-in to the Manage school placements service",
    );
  });
});
