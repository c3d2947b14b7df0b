import { describe, expect, it } from "vitest";
import { countStatements } from "../db-statements.ts";
import { createProvider, createSchool, createUser, signedInUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createInnerContext } from "./context.ts";
import { createCaller } from "./root.ts";

/**
 * The placements school and provider guards take a member's organisation (its name, and whether it is onboarded to
 * placements) from the session's read, and read it themselves for support users and for contexts built without a
 * session: both paths admit the same users to the same organisations.
 */
describe("placements guards: the organisation from the session", () => {
  const getDb = useTestDatabase();

  async function member() {
    const db = await getDb();
    const school = await createSchool(db, { name: "Onboarded Primary", placements: true });
    const claimsOnly = await createSchool(db, { name: "Claims Only Primary", placements: false });
    const provider = await createProvider(db, { name: "Onboarded SCITT", placements: true });
    const offline = await createProvider(db, { name: "Offline SCITT", placements: false });
    const user = await createUser(db, {
      service: "placements",
      schoolIds: [school.id, claimsOnly.id],
      providerIds: [provider.id, offline.id],
    });
    const session = { user: await signedInUser(db, user.id, "placements") };
    const fromSession = createCaller(await createInnerContext({ db, user: session.user }));
    // The same user as a job or a test builds it: no organisations read with a session.
    const readByGuard = createCaller(
      await createInnerContext({ db, user: { ...session.user, organisations: undefined } }),
    );
    return { db, school, claimsOnly, provider, offline, session, fromSession, readByGuard };
  }

  it("reads the member's organisations with the session", async () => {
    const { session, school, claimsOnly, provider, offline } = await member();
    expect(session.user.organisations).toEqual(
      expect.arrayContaining([
        { id: school.id, type: "school", name: "Onboarded Primary", placementsService: true },
        { id: claimsOnly.id, type: "school", name: "Claims Only Primary", placementsService: false },
        { id: provider.id, type: "provider", name: "Onboarded SCITT", placementsService: true },
        { id: offline.id, type: "provider", name: "Offline SCITT", placementsService: false },
      ]),
    );
  });

  it("admits a member to an onboarded organisation without a statement, as the guard's own read does", async () => {
    const { fromSession, readByGuard, school, provider } = await member();
    const schoolBySession = await countStatements(() => fromSession.placements.school.byId({ schoolId: school.id }));
    expect(schoolBySession).toEqual({ result: { id: school.id, name: "Onboarded Primary" }, statements: 0 });
    expect(await readByGuard.placements.school.byId({ schoolId: school.id })).toEqual(schoolBySession.result);
    const providerBySession = await countStatements(() =>
      fromSession.placements.provider.byId({ providerId: provider.id }),
    );
    expect(providerBySession).toEqual({ result: { id: provider.id, name: "Onboarded SCITT" }, statements: 0 });
    expect(await readByGuard.placements.provider.byId({ providerId: provider.id })).toEqual(providerBySession.result);
  });

  it("refuses (NOT_FOUND) a member's organisation that is not onboarded to placements, and another organisation", async () => {
    const { db, fromSession, readByGuard, claimsOnly, offline } = await member();
    const stranger = await createProvider(db, { placements: true });
    const strangeSchool = await createSchool(db, { placements: true });
    for (const caller of [fromSession, readByGuard]) {
      await expect(caller.placements.school.byId({ schoolId: claimsOnly.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.placements.provider.byId({ providerId: offline.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.placements.provider.byId({ providerId: stranger.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
      await expect(caller.placements.school.byId({ schoolId: strangeSchool.id })).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("reads the organisation for a support user, who belongs to none", async () => {
    const { db, school, offline } = await member();
    const support = await createUser(db, { service: "placements", kind: "support" });
    const session = { user: await signedInUser(db, support.id, "placements") };
    expect(session.user.organisations).toEqual([]);
    const caller = createCaller(await createInnerContext({ db, user: session.user }));
    expect(await countStatements(() => caller.placements.school.byId({ schoolId: school.id }))).toEqual({
      result: { id: school.id, name: "Onboarded Primary" },
      statements: 1,
    });
    await expect(caller.placements.provider.byId({ providerId: offline.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
