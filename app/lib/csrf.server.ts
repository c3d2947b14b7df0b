import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { csrfCookieName, readCookie, serializeCookie } from "./cookies.server.ts";

/**
 * Signed double-submit token (OWASP): a random cookie, and in every form an HMAC of it
 * under the server secret. Works for signed-out forms (sign-in) as well as signed-in ones,
 * needs no JavaScript, and several app instances agree on it through SESSION_SECRET.
 */
let devSecret: string | undefined;
function secret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  devSecret ??= randomBytes(32).toString("hex");
  return devSecret;
}

function sign(value: string) {
  return createHmac("sha256", secret()).update(value).digest("base64url");
}

/** The token for this request's forms, and a Set-Cookie header when the browser has no cookie yet. */
export function csrfTokenFor(request: Request): { token: string; setCookie?: string } {
  const existing = readCookie(request, csrfCookieName());
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return { token: sign(existing) };
  const value = randomBytes(32).toString("base64url");
  return { token: sign(value), setCookie: serializeCookie(csrfCookieName(), value) };
}

export function isValidCsrf(request: Request, submitted: FormDataEntryValue | null): boolean {
  const cookie = readCookie(request, csrfCookieName());
  if (!cookie || typeof submitted !== "string") return false;
  const expected = Buffer.from(sign(cookie));
  const given = Buffer.from(submitted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const CSRF_FIELD = "_csrf";
