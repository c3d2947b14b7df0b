import { parse, serialize } from "cookie";

import { env } from "#server/env.ts";

/**
 * Read at run time through env(): the Remix build inlines `process.env.NODE_ENV` as
 * "production" in the server bundle, so that expression would be true in every environment.
 */
export const isProduction = () => env().NODE_ENV === "production";
const production = isProduction;

/** One session cookie per service (shared with the suggestions endpoint). No Max-Age: the server enforces expiry. */
export { sessionCookieName, sessionVersionCookieName } from "#server/auth/session-cookie.ts";

export function csrfCookieName() {
  return `${production() ? "__Host-" : ""}csrf`;
}

export function readCookie(request: Request, name: string): string | undefined {
  return readCookieFrom(request.headers.get("Cookie") ?? undefined, name);
}

/** A cookie's value from a Cookie header. */
export function readCookieFrom(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  return parse(header)[name];
}

export function serializeCookie(name: string, value: string, opts: { maxAge?: number } = {}) {
  return serialize(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: production(),
    path: "/",
    ...(opts.maxAge !== undefined ? { maxAge: opts.maxAge } : {}),
  });
}

export function clearCookie(name: string) {
  return serializeCookie(name, "", { maxAge: 0 });
}
