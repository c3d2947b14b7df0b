import { describe, expect, it } from "vitest";
import { createAcademicYear, createProvider, createSchool, createUser } from "#tests/factories/index.ts";
import { selectedAcademicYear } from "../placements/academic-year/academic-year.service.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createSession,
  destroySession,
  destroyUserSessions,
  hashSessionToken,
  purgeExpiredSessions,
  readSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "./session.ts";

const getDb = useTestDatabase();
const MINUTE = 60 * 1000;
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

async function signedIn(service: "claims" | "placements" = "claims") {
  const db = await getDb();
  const user = await createUser(db, { service });
  const token = await createSession(db, { userId: user.id, service, idToken: "id-token" }, t0);
  return { db, user, token };
}

describe("server-side sessions", () => {
  it("stores only a digest of the cookie token", async () => {
    const { db, token } = await signedIn();
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
    const row = await db.session.findUniqueOrThrow({ where: { id: hashSessionToken(token) } });
    expect(row.idToken).toBe("id-token");
    expect(row.expiresAt).toEqual(at(SESSION_ABSOLUTE_MS));
  });

  it("reads a live session with its user", async () => {
    const { db, user, token } = await signedIn();
    const session = await readSession(db, token, "claims", at(MINUTE));
    expect(session?.user).toMatchObject({ id: user.id, service: "claims", isSupport: false });
  });

  it("reads the user's organisations with the session", async () => {
    const db = await getDb();
    const school = await createSchool(db);
    const provider = await createProvider(db);
    const user = await createUser(db, { schoolIds: [school.id], providerIds: [provider.id] });
    const token = await createSession(db, { userId: user.id, service: "claims" }, t0);
    const session = await readSession(db, token, "claims", at(MINUTE));
    expect(session?.user).toMatchObject({ schoolIds: [school.id], providerIds: [provider.id] });
    expect(session?.user).not.toHaveProperty("selectedAcademicYear");
  });

  it("reads a placements user's selected academic year with the session, as the year's own read gives it", async () => {
    const { db, user, token } = await signedIn("placements");
    // 29 November 2026: this year is 2026 to 2027. Without the two years' rows, the session cannot tell.
    expect((await readSession(db, token, "placements", at(MINUTE)))?.user.selectedAcademicYear).toBeNull();
    const thisYear = await createAcademicYear(db, 2026);
    const nextYear = await createAcademicYear(db, 2027);
    const never = (await readSession(db, token, "placements", at(2 * MINUTE)))?.user.selectedAcademicYear;
    expect(never).toMatchObject({ id: nextYear.id, name: "2027 to 2028", choice: "next" });
    expect(never).toEqual(await selectedAcademicYear(db, user.id, at(2 * MINUTE)));
    await db.user.update({ where: { id: user.id }, data: { selectedAcademicYearId: thisYear.id } });
    const chosen = (await readSession(db, token, "placements", at(3 * MINUTE)))?.user.selectedAcademicYear;
    expect(chosen).toMatchObject({ id: thisYear.id, choice: "current", years: { next: { id: nextYear.id } } });
    expect(chosen).toEqual(await selectedAcademicYear(db, user.id, at(3 * MINUTE)));
  });

  it("ends after 2 hours without a request (idle timeout) and deletes the row", async () => {
    const { db, token } = await signedIn();
    expect(await readSession(db, token, "claims", at(SESSION_IDLE_MS - MINUTE))).not.toBeNull();
    // The read above moved lastSeenAt on, so idle time counts from it.
    expect(await readSession(db, token, "claims", at(2 * SESSION_IDLE_MS - 2 * MINUTE))).not.toBeNull();
    expect(await readSession(db, token, "claims", at(3 * SESSION_IDLE_MS))).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("ends after 12 hours however active the user is (absolute limit)", async () => {
    const { db, token } = await signedIn();
    for (let ms = 30 * MINUTE; ms < SESSION_ABSOLUTE_MS; ms += 60 * MINUTE) {
      expect(await readSession(db, token, "claims", at(ms))).not.toBeNull();
    }
    expect(await readSession(db, token, "claims", at(SESSION_ABSOLUTE_MS))).toBeNull();
    expect(await db.session.count()).toBe(0);
  });

  it("makes a cookie useless once its row is deleted (sign-out, or support removing the user)", async () => {
    const { db, user, token } = await signedIn();
    await destroySession(db, token);
    expect(await readSession(db, token, "claims", at(MINUTE))).toBeNull();

    const again = await createSession(db, { userId: user.id, service: "claims" }, t0);
    await destroyUserSessions(db, user.id);
    expect(await readSession(db, again, "claims", at(MINUTE))).toBeNull();
  });

  it("rejects a cookie of the other service", async () => {
    const { db, token } = await signedIn("claims");
    expect(await readSession(db, token, "placements", at(MINUTE))).toBeNull();
    // The claims session itself is untouched.
    expect(await readSession(db, token, "claims", at(MINUTE))).not.toBeNull();
  });

  it("rejects the session of a discarded user", async () => {
    const { db, user, token } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { discardedAt: at(MINUTE) } });
    expect(await readSession(db, token, "claims", at(2 * MINUTE))).toBeNull();
  });

  it("rejects unknown, empty and oversized tokens", async () => {
    const { db } = await signedIn();
    expect(await readSession(db, "not-a-token", "claims", at(MINUTE))).toBeNull();
    expect(await readSession(db, undefined, "claims", at(MINUTE))).toBeNull();
    expect(await readSession(db, "x".repeat(500), "claims", at(MINUTE))).toBeNull();
  });

  it("purges idle and expired rows and keeps live ones", async () => {
    const db = await getDb();
    const user = await createUser(db);
    const live = await createSession(db, { userId: user.id, service: "claims" }, at(SESSION_ABSOLUTE_MS - MINUTE));
    await createSession(db, { userId: user.id, service: "claims" }, t0); // past the absolute limit
    const idle = await createSession(db, { userId: user.id, service: "claims" }, at(SESSION_IDLE_MS));
    await db.session.update({ where: { id: hashSessionToken(idle) }, data: { lastSeenAt: at(SESSION_IDLE_MS) } });
    const now = at(SESSION_ABSOLUTE_MS + 10 * MINUTE);
    expect(await purgeExpiredSessions(db, now)).toBe(2);
    expect((await db.session.findMany()).map((s) => s.id)).toEqual([hashSessionToken(live)]);
  });
});
