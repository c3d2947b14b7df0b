import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";

const getDb = useTestDatabase();

async function callerAs(db: Db, userId: string) {
  return createCaller(await createInnerContext({ db, user: await sessionUserFor(db, userId) }));
}

async function setup(db: Db) {
  const school = await createSchool(db, { placements: true, claims: false });
  const other = await createSchool(db, { placements: true, claims: false });
  const user = await createUser(db, { service: "placements", schoolIds: [school.id] });
  return { school, other, api: await callerAs(db, user.id) };
}

const CONTACT = { firstName: " Rachel ", lastName: "Green", email: " Rachel@Example.org " };

describe("placements.schoolContact", () => {
  it("adds the contact (trimmed, e-mail lower-case) and changes it in place: one contact per school", async () => {
    const db = await getDb();
    const { school, api } = await setup(db);
    expect(await api.placements.schoolContact.get({ schoolId: school.id })).toBeNull();
    await api.placements.schoolContact.save({ schoolId: school.id, ...CONTACT });
    await api.placements.schoolContact.save({
      schoolId: school.id,
      firstName: "Ross",
      lastName: "G",
      email: "r@x.org",
    });
    const rows = await db.schoolContact.findMany({ where: { schoolId: school.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ firstName: "Ross", emailAddress: "r@x.org" });
    expect(await db.auditLog.count({ where: { action: "school_contact.saved" } })).toBe(2);
  });

  it("keeps the first answer's shape when saved: names and address as entered, trimmed", async () => {
    const db = await getDb();
    const { school, api } = await setup(db);
    const saved = await api.placements.schoolContact.save({ schoolId: school.id, ...CONTACT });
    expect(saved).toMatchObject({ firstName: "Rachel", lastName: "Green", emailAddress: "rachel@example.org" });
  });

  it("refuses an e-mail address in the wrong format", async () => {
    const db = await getDb();
    const { school, api } = await setup(db);
    await expect(
      api.placements.schoolContact.save({ schoolId: school.id, ...CONTACT, email: "not-an-email" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("the database refuses a second contact for the same school", async () => {
    const db = await getDb();
    const { school } = await setup(db);
    await db.schoolContact.create({ data: { schoolId: school.id, emailAddress: "a@example.org" } });
    await expect(
      db.schoolContact.create({ data: { schoolId: school.id, emailAddress: "b@example.org" } }),
    ).rejects.toThrow();
  });

  it("another school's contact is a 404, read or written", async () => {
    const db = await getDb();
    const { other, api } = await setup(db);
    await expect(api.placements.schoolContact.get({ schoolId: other.id })).rejects.toBeInstanceOf(TRPCError);
    await expect(api.placements.schoolContact.save({ schoolId: other.id, ...CONTACT })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.schoolContact.count()).toBe(0);
  });
});
