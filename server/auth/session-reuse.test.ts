import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSchool, createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { countStatements } from "../db-statements.ts";
import { resetEnvCache } from "../env.ts";
import { forgetSessionReads, readSessionForPageView } from "./session-reuse.ts";
import { createSession, hashSessionToken, setFlash } from "./session.ts";

const getDb = useTestDatabase();
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeEach(() => {
  delete process.env.SESSION_REUSE_SECONDS;
  resetEnvCache();
  forgetSessionReads();
});
afterEach(() => {
  delete process.env.SESSION_REUSE_SECONDS;
  resetEnvCache();
});

async function signedIn() {
  const db = await getDb();
  const school = await createSchool(db);
  const user = await createUser(db, { schoolIds: [school.id] });
  const token = await createSession(db, { userId: user.id, service: "claims" }, t0);
  return { db, user, school, token };
}

/** A page view's session and the statements it sent. */
async function view(token: string, version: string | undefined, now: Date) {
  const db = await getDb();
  const { result, statements } = await countStatements(() => readSessionForPageView(db, token, "claims", version, now));
  return { session: result, statements };
}

describe("a page view reuses a recent read of its session", () => {
  it("within the reuse time, for the same session and version, without a statement", async () => {
    const { user, token } = await signedIn();
    const first = await view(token, "v1", at(1000));
    expect(first.statements).toBe(1);
    const second = await view(token, "v1", at(10_999));
    expect(second).toEqual({ session: first.session, statements: 0 });
    expect(second.session?.user.id).toBe(user.id);
  });

  it("reads again once the reuse time has passed", async () => {
    const { token } = await signedIn();
    await view(token, "v1", at(1000));
    expect((await view(token, "v1", at(11_000))).statements).toBe(1);
  });

  it("reads again for another version: the browser's own change is seen on its next page, in any process", async () => {
    const { db, user, school, token } = await signedIn();
    await view(token, "v1", at(1000));
    // The change another process made, which gave the browser version v2.
    await db.userMembership.deleteMany({ where: { userId: user.id, schoolId: school.id } });
    const stale = await view(token, "v1", at(2000));
    expect(stale).toMatchObject({ statements: 0, session: { user: { schoolIds: [school.id] } } });
    const fresh = await view(token, "v2", at(2000));
    expect(fresh).toMatchObject({ statements: 1, session: { user: { schoolIds: [] } } });
  });

  it("reads again after this process forgot its reads (a request that could change data)", async () => {
    const { db, user, school, token } = await signedIn();
    await view(token, "v1", at(1000));
    await db.userMembership.deleteMany({ where: { userId: user.id, schoolId: school.id } });
    forgetSessionReads();
    expect(await view(token, "v1", at(2000))).toMatchObject({ statements: 1, session: { user: { schoolIds: [] } } });
  });

  it("does not keep a read that was under way when the process forgot its reads", async () => {
    const { token } = await signedIn();
    const db = await getDb();
    const reading = readSessionForPageView(db, token, "claims", "v1", at(1000));
    forgetSessionReads();
    await reading;
    expect((await view(token, "v1", at(2000))).statements).toBe(1);
  });

  it("does not keep a read that carries a flash message: the message is shown once", async () => {
    const { db, token } = await signedIn();
    const first = await view(token, "v1", at(1000));
    forgetSessionReads();
    await setFlash(db, first.session!.id, { banner: { heading: "Claim added" } });
    expect((await view(token, "v1", at(2000))).session?.flash).toEqual({ banner: { heading: "Claim added" } });
    expect((await view(token, "v1", at(3000))).statements).toBe(1);
  });

  it("never past the session's absolute limit", async () => {
    const { db, token } = await signedIn();
    await db.session.update({ where: { id: hashSessionToken(token) }, data: { expiresAt: at(5000) } });
    expect((await view(token, "v1", at(1000))).session).not.toBeNull();
    // Read again, found expired and deleted.
    expect(await view(token, "v1", at(5000))).toEqual({ session: null, statements: 2 });
  });

  it("never when SESSION_REUSE_SECONDS is 0", async () => {
    process.env.SESSION_REUSE_SECONDS = "0";
    resetEnvCache();
    const { token } = await signedIn();
    await view(token, "v1", at(1000));
    expect((await view(token, "v1", at(1001))).statements).toBe(1);
  });

  it("hands every request the same frozen read, so none can change it for the others", async () => {
    const { token } = await signedIn();
    const { session } = await view(token, "v1", at(1000));
    expect(Object.isFrozen(session)).toBe(true);
    expect(Object.isFrozen(session?.user)).toBe(true);
    expect(Object.isFrozen(session?.user.schoolIds)).toBe(true);
  });

  it("a signed-out view (no token) reads nothing", async () => {
    expect(await view(undefined as unknown as string, "v1", at(1000))).toEqual({ session: null, statements: 0 });
  });
});
