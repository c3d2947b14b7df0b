import { describe, expect, it } from "vitest";
import { countStatements } from "../db-statements.ts";
import { findClaimsSchool } from "../claims/school/school.service.ts";
import { createSchool, createUser, signedInUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createInnerContext } from "./context.ts";
import { createCaller } from "./root.ts";

/**
 * The claims school guard takes a member's school (as its pages show it) from the session's read, and reads it itself
 * for support users and for contexts built without a session: both paths admit the same users to the same schools
 * and give the pages the same school.
 */
describe("claims school guard: the school from the session", () => {
  const getDb = useTestDatabase();

  async function member() {
    const db = await getDb();
    const school = await createSchool(db, { name: "Claiming Primary", claims: true });
    const waiting = await createSchool(db, { name: "Waiting Primary", claims: true, grantConditionsAccepted: false });
    const placementsOnly = await createSchool(db, { name: "Placements Only Primary", claims: false });
    const user = await createUser(db, { service: "claims", schoolIds: [school.id, waiting.id, placementsOnly.id] });
    const session = { user: await signedInUser(db, user.id, "claims") };
    const fromSession = createCaller(await createInnerContext({ db, user: session.user }));
    // The same user as a job or a test builds it: no schools read with a session.
    const readByGuard = createCaller(
      await createInnerContext({ db, user: { ...session.user, claimsSchools: undefined } }),
    );
    return { db, school, waiting, placementsOnly, session, fromSession, readByGuard };
  }

  it("reads the member's schools onboarded to claims with the session, as the school's own read shows them", async () => {
    const { db, session, school, waiting } = await member();
    expect(session.user.claimsSchools).toHaveLength(2);
    for (const id of [school.id, waiting.id]) {
      expect(session.user.claimsSchools).toContainEqual(await findClaimsSchool(db, id));
    }
    const accepted = session.user.claimsSchools!.find((s) => s.id === school.id)!;
    expect(accepted.grantConditionsAccepted).toBe(true);
    expect(accepted.claimsGrantConditionsAcceptedAt).toBeInstanceOf(Date);
    expect(session.user.claimsSchools!.find((s) => s.id === waiting.id)!.grantConditionsAccepted).toBe(false);
  });

  it("admits a member to their school without a statement, as the guard's own read does", async () => {
    const { fromSession, readByGuard, school } = await member();
    const bySession = await countStatements(() => fromSession.claims.school.byId({ schoolId: school.id }));
    expect(bySession.statements).toBe(0);
    expect(bySession.result).toMatchObject({ id: school.id, name: "Claiming Primary", grantConditionsAccepted: true });
    expect(await readByGuard.claims.school.byId({ schoolId: school.id })).toEqual(bySession.result);
  });

  it("refuses (NOT_FOUND) a member's school not onboarded to claims, and another school", async () => {
    const { db, fromSession, readByGuard, placementsOnly } = await member();
    const stranger = await createSchool(db, { claims: true });
    for (const caller of [fromSession, readByGuard]) {
      for (const schoolId of [placementsOnly.id, stranger.id]) {
        await expect(caller.claims.school.byId({ schoolId })).rejects.toMatchObject({ code: "NOT_FOUND" });
      }
    }
  });

  it("reads the school for a support user, who belongs to none", async () => {
    const { db, school, placementsOnly } = await member();
    const support = await createUser(db, { service: "claims", kind: "support" });
    const session = { user: await signedInUser(db, support.id, "claims") };
    expect(session.user.claimsSchools).toEqual([]);
    // As in an HTTP request, whose procedure calls share one read of the school.
    const caller = createCaller(await createInnerContext({ db, user: session.user, requestCache: new Map() }));
    const read = await countStatements(() => caller.claims.school.byId({ schoolId: school.id }));
    expect(read.statements).toBe(1);
    expect(read.result).toEqual(await findClaimsSchool(db, school.id));
    await expect(caller.claims.school.byId({ schoolId: placementsOnly.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
