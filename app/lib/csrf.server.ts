import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { pooledRandomBytes } from "#server/shared/pooled-random-bytes.ts";
import { processWide } from "#server/shared/process/process-wide.ts";
import { boundedMemo } from "./bounded-memo.ts";
import { csrfCookieName, readCookie, readCookieFrom, serializeCookie } from "./cookies.server.ts";

/**
 * CSRF tokens (OWASP), no JavaScript needed, and several app instances agree through SESSION_SECRET.
 *
 * - Signed in: an HMAC of the session id under the server secret. The token belongs to that session
 *   alone, so a token an attacker got with their own session (or cookie) is refused with the victim's.
 * - Signed out (sign-in and persona forms): signed double-submit, an HMAC of a random cookie.
 */
// One per process: the server's public pages (server/http/public-pages.ts) sign tokens the routes check.
const devSecret = processWide("csrf-dev-secret", () => randomBytes(32).toString("hex"));
function secret() {
  return process.env.SESSION_SECRET || devSecret;
}

function sign(value: string) {
  return createHmac("sha256", secret()).update(value).digest("base64url");
}

// A signed-in page's token is the same on every page of its session: signed once per session (and secret).
let signedFor: { secret: string; token: (sessionId: string) => string } | undefined;
function sessionToken(sessionId: string) {
  const current = secret();
  if (signedFor?.secret !== current) {
    signedFor = { secret: current, token: boundedMemo((id: string) => sign(`session:${id}`)) };
  }
  return signedFor.token(sessionId);
}
const cookieToken = (cookie: string) => sign(`cookie:${cookie}`);
const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The token for this request's forms (`sessionId`: the signed-in session of the request's service),
 * and a Set-Cookie header when a signed-out browser has no CSRF cookie yet.
 */
export function csrfTokenFor(request: Request, sessionId?: string | null): { token: string; setCookie?: string } {
  if (sessionId) return { token: sessionToken(sessionId) };
  return signedOutCsrfToken(request.headers.get("Cookie") ?? undefined);
}

/** A signed-out page's token from the request's Cookie header (and the Set-Cookie of a new CSRF cookie if needed). */
export function signedOutCsrfToken(cookieHeader: string | undefined): { token: string; setCookie?: string } {
  const existing = readCookieFrom(cookieHeader, csrfCookieName());
  if (existing && COOKIE_VALUE.test(existing)) return { token: cookieToken(existing) };
  const value = pooledRandomBytes(32).toString("base64url");
  return { token: cookieToken(value), setCookie: serializeCookie(csrfCookieName(), value) };
}

export function isValidCsrf(
  request: Request,
  submitted: FormDataEntryValue | null,
  sessionId?: string | null,
): boolean {
  if (typeof submitted !== "string") return false;
  let expected: string;
  if (sessionId) expected = sessionToken(sessionId);
  else {
    const cookie = readCookie(request, csrfCookieName());
    if (!cookie || !COOKIE_VALUE.test(cookie)) return false;
    expected = cookieToken(cookie);
  }
  const a = Buffer.from(expected);
  const b = Buffer.from(submitted);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const CSRF_FIELD = "_csrf";
