import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db.ts";

export type ServiceName = "claims" | "placements";

/** Idle and absolute limits (ASVS 7.3): 2 hours without a request, 12 hours in all. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute, so reads do not all become writes. */
const TOUCH_AFTER_MS = 60 * 1000;

export interface SessionUser {
  id: string;
  service: ServiceName;
  isSupport: boolean;
  firstName: string;
  lastName: string;
  email: string;
  schoolIds: string[];
  providerIds: string[];
}

export interface ActiveSession {
  id: string;
  user: SessionUser;
  flash: unknown;
  idToken: string | null;
}

/**
 * The cookie holds a random token; the database holds only its SHA-256, so a leaked
 * sessions table cannot be replayed as cookies.
 */
export function hashSessionToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Db,
  { userId, service, idToken }: { userId: string; service: ServiceName; idToken?: string | null },
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id: hashSessionToken(token),
      userId,
      service,
      csrfSecret: randomBytes(32).toString("base64url"),
      idToken: idToken ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
  });
  return token;
}

/** Finds a live session for the token and service, or null. Expired rows are deleted on sight. */
export async function readSession(
  db: Db,
  token: string | undefined,
  service: ServiceName,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!token || token.length > 200) return null;
  const id = hashSessionToken(token);
  // Only what a request needs: this read runs on every page view.
  const row = await db.session.findUnique({
    where: { id },
    select: {
      service: true,
      flash: true,
      idToken: true,
      lastSeenAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          service: true,
          kind: true,
          firstName: true,
          lastName: true,
          email: true,
          discardedAt: true,
          memberships: { select: { schoolId: true, providerId: true } },
        },
      },
    },
  });
  if (!row || row.service !== service) return null;
  const u = row.user;
  const idleExpired = now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (!u || idleExpired || row.expiresAt <= now || u.discardedAt || u.service !== service) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return {
    id,
    flash: row.flash,
    idToken: row.idToken,
    user: {
      id: u.id,
      service: u.service as ServiceName,
      isSupport: u.kind === "support",
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      schoolIds: u.memberships.flatMap((m) => (m.schoolId ? [m.schoolId] : [])),
      providerIds: u.memberships.flatMap((m) => (m.providerId ? [m.providerId] : [])),
    },
  };
}

export async function destroySession(db: Db, token: string | undefined) {
  if (!token) return;
  await db.session.deleteMany({ where: { id: hashSessionToken(token) } });
}

/** Ends every session of a user, e.g. when support removes them (ASVS 7.4.2). */
export async function destroyUserSessions(db: Db, userId: string) {
  await db.session.deleteMany({ where: { userId } });
}

export async function purgeExpiredSessions(db: Db, now = new Date()) {
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: new Date(now.getTime() - SESSION_IDLE_MS) } }] },
  });
  return count;
}

/** One-shot messages (success banners, form errors for Post/Redirect/Get) kept on the session row. */
export async function setFlash(db: Db, sessionId: string, flash: unknown) {
  await db.session.updateMany({ where: { id: sessionId }, data: { flash: flash as object } });
}

export async function takeFlash(db: Db, session: ActiveSession) {
  if (session.flash == null) return null;
  await db.session.updateMany({ where: { id: session.id }, data: { flash: null as never } });
  return session.flash;
}
