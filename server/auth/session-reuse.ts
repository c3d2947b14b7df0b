/**
 * A page view may reuse this process's read of its session from the last few seconds instead of reading it again.
 *
 * Every signed-in page starts with the session's statement (user, memberships, the schools as their pages show them):
 * a round trip to the database that costs the server about as much as rendering the page. A user moving through
 * pages sends several requests within seconds, and each can reuse the read the previous one made, under these rules:
 *
 * - Only a GET or HEAD request reuses a read. A request that can change data (any other method) always reads its
 *   session from the database, so every write is authorized against the database as it is.
 * - A request that can change data forgets every read this process holds, when it starts and again when it has
 *   been handled (`forgetSessionReads`); so do a flash message and a sign-out. A read that was under way across one of
 *   those moments is not kept, so a change made in this process is seen by the next page view in it.
 * - The browser carries a session version (`sessionVersionCookieName()`), a new random value in the response to each
 *   request that could change data; a read is reused only for the same version. A user's own change (a form sent, a
 *   flash message, grant conditions accepted, an academic year picked) is therefore seen on their next page whichever
 *   process serves it.
 * - A read is reused for at most `SESSION_REUSE_SECONDS` (default 10) and never past the session's absolute expiry;
 *   one that carries a flash message is not kept (the message is shown once). A change another user makes in another
 *   process (e.g. support removing this user from a school) reaches this user's page views within that time; their
 *   forms are refused at once. `SESSION_REUSE_SECONDS=0` turns reuse off.
 */
import { env } from "../env.ts";
import { processWide } from "../shared/process/process-wide.ts";
import type { Db } from "../db.ts";
import { hashSessionToken, readSession, type ActiveSession, type ServiceName } from "./session.ts";

/** Reads kept at most; beyond that the process forgets them all and starts again, so memory stays bounded. */
const MAX_READS = 10_000;

type KeptRead = { session: ActiveSession; readAt: number };

const reads = processWide("session-reads", () => ({ generation: 0, kept: new Map<string, KeptRead>() }));

/** Forgets every kept read, and any read still under way (it will not be kept). */
export function forgetSessionReads() {
  reads.generation++;
  reads.kept.clear();
}

/**
 * The session for a page view (GET or HEAD): a read of the same session and version from the last
 * `SESSION_REUSE_SECONDS`, else a new one (`readSession`), kept for the next page view when it may be.
 */
export async function readSessionForPageView(
  db: Db,
  token: string | undefined,
  service: ServiceName,
  version: string | undefined,
  now = new Date(),
): Promise<ActiveSession | null> {
  const reuseMs = env().SESSION_REUSE_SECONDS * 1000;
  if (!token || token.length > 200 || reuseMs === 0) return readSession(db, token, service, now);
  const key = `${service} ${hashSessionToken(token)} ${version ?? ""}`;
  const kept = reads.kept.get(key);
  if (kept && now.getTime() - kept.readAt < reuseMs && kept.session.expiresAt > now) return kept.session;
  const generation = reads.generation;
  const session = await readSession(db, token, service, now);
  if (session && session.flash == null && generation === reads.generation) {
    if (reads.kept.size >= MAX_READS) reads.kept.clear();
    reads.kept.set(key, { session: deepFreeze(session), readAt: now.getTime() });
  }
  return session;
}

/** A kept read is shared by the requests that reuse it: frozen, so none can change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value) && !(value instanceof Date)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
