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
