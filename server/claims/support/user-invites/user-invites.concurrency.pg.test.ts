import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createSchool, createUser } from "#tests/factories/index.ts";
import { applyUserInvites } from "./user-invites.service.ts";

/**
 * Races against a real PostgreSQL server (several connections). PGlite has one connection, so these would prove
 * nothing there. A `*.pg.test.ts` suite: `npm run test:postgres` runs it (and CI).
 */
describe("invite uploads under concurrency (PostgreSQL)", () => {
  const getDb = useTestDatabase();

  it("the same file applied twice at once: each person and membership once, each invitation once", async () => {
    const db = await getDb();
    const oak = await createSchool(db, { claims: true });
    const elm = await createSchool(db, { claims: true });
    const support = await createUser(db, { kind: "support" });
    const input = {
      invites: ["ann", "bob", "cat"].flatMap((name) =>
        [oak, elm].map((s) => ({ organisationId: s.id, email: `${name}@example.com`, firstName: name, lastName: "X" })),
      ),
    };
    const results = await Promise.allSettled([
      applyUserInvites(db, support, "School", input),
      applyUserInvites(db, support, "School", input),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const created = results.map((r) => (r.status === "fulfilled" ? r.value.membershipsCreated : -1));
    expect(created.reduce((a, b) => a + b, 0)).toBe(6);
    expect(await db.user.count({ where: { kind: "user" } })).toBe(3);
    expect(await db.userMembership.count()).toBe(6);
    expect(await db.emailOutbox.count()).toBe(6);
  });
});
