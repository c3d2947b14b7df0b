import { env } from "../env.ts";
import type { ServiceName } from "./session.ts";

/**
 * One session cookie per service. In production the __Host- prefix pins it to this host, Path=/ and Secure.
 * Read at run time through env(): the Remix build inlines `process.env.NODE_ENV` as "production" in the server
 * bundle, so that expression would be true in every environment.
 */
export function sessionCookieName(service: ServiceName) {
  return `${env().NODE_ENV === "production" ? "__Host-" : ""}${service}-session`;
}

/**
 * The browser's session version (server/auth/session-reuse.ts): a new random value in the response to each request
 * that could change data, one for both services. Not a secret: the server only compares it.
 */
export function sessionVersionCookieName() {
  return `${env().NODE_ENV === "production" ? "__Host-" : ""}session-version`;
}
