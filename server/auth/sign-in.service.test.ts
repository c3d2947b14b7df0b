import { describe, expect, it } from "vitest";
import { createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { matchSignInUser } from "./sign-in.service.ts";

const getDb = useTestDatabase();
const SUB = "5b0e2f1a-8d7c-4e6b-9a51-0000000000aa";

describe("matchSignInUser", () => {
  it("finds a pre-provisioned user by lower-cased e-mail and binds the uid and names", async () => {
    const db = await getDb();
    const user = await createUser(db, { email: "jo.bloggs@example.com" });
    const now = new Date("2026-11-29T10:00:00Z");
    const match = await matchSignInUser(
      db,
      "claims",
      { sub: SUB, email: "  Jo.Bloggs@Example.COM ", firstName: "Jo", lastName: "Bloggs" },
      now,
    );
    expect(match).toEqual({ ok: true, userId: user.id, matchedBy: "email" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ dfeSignInUid: SUB, firstName: "Jo", lastName: "Bloggs", lastSignedInAt: now });
  });

  it("finds a bound user by uid even when the e-mail has changed, and takes the new e-mail", async () => {
    const db = await getDb();
    const user = await createUser(db, { email: "old@example.com" });
    await db.user.update({ where: { id: user.id }, data: { dfeSignInUid: SUB } });
    const match = await matchSignInUser(db, "claims", { sub: SUB, email: "new@example.com" });
    expect(match).toEqual({ ok: true, userId: user.id, matchedBy: "uid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("new@example.com");
  });

  it("refuses an e-mail match to a user already bound to a different uid", async () => {
    const db = await getDb();
    const user = await createUser(db, { email: "taken@example.com" });
    await db.user.update({ where: { id: user.id }, data: { dfeSignInUid: "someone-else" } });
    const match = await matchSignInUser(db, "claims", { sub: SUB, email: "taken@example.com" });
    expect(match).toEqual({ ok: false, reason: "uid-mismatch" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).dfeSignInUid).toBe("someone-else");
  });

  it("prefers the support user when the uid finds one user and the e-mail another", async () => {
    const db = await getDb();
    const school = await createUser(db, { email: "jo@example.com", kind: "user" });
    const support = await createUser(db, { email: "jo@education.gov.uk", kind: "support" });
    await db.user.update({ where: { id: support.id }, data: { dfeSignInUid: SUB } });
    const match = await matchSignInUser(db, "claims", { sub: SUB, email: "jo@example.com" });
    expect(match).toEqual({ ok: true, userId: support.id, matchedBy: "uid" });
    // The school user keeps the address (e-mails are unique per service) and stays unbound.
    expect((await db.user.findUniqueOrThrow({ where: { id: support.id } })).email).toBe("jo@education.gov.uk");
    expect((await db.user.findUniqueOrThrow({ where: { id: school.id } })).dfeSignInUid).toBeNull();
  });

  it("only matches users of the asked-for service", async () => {
    const db = await getDb();
    await createUser(db, { email: "placements-only@example.com", service: "placements" });
    expect(await matchSignInUser(db, "claims", { sub: SUB, email: "placements-only@example.com" })).toEqual({
      ok: false,
      reason: "no-user",
    });
  });

  it("never matches a discarded user", async () => {
    const db = await getDb();
    const user = await createUser(db, { email: "gone@example.com" });
    await db.user.update({ where: { id: user.id }, data: { discardedAt: new Date() } });
    expect(await matchSignInUser(db, "claims", { sub: SUB, email: "gone@example.com" })).toEqual({
      ok: false,
      reason: "no-user",
    });
  });

  it("returns no-user for an unknown person and invalid-profile without e-mail or uid", async () => {
    const db = await getDb();
    expect(await matchSignInUser(db, "claims", { sub: SUB, email: "unknown@example.com" })).toEqual({
      ok: false,
      reason: "no-user",
    });
    expect(await matchSignInUser(db, "claims", { sub: "", email: "a@example.com" })).toEqual({
      ok: false,
      reason: "invalid-profile",
    });
    expect(await matchSignInUser(db, "claims", { sub: SUB, email: "" })).toEqual({
      ok: false,
      reason: "invalid-profile",
    });
  });
});
