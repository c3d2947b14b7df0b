import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createApp } from "#server/app.ts";
import { parseEnv, resetEnvCache } from "#server/env.ts";
import { answerClientErrors } from "#server/http/error-handlers.ts";

/**
 * The real Express app around the real Remix build (`npm run build` first, as `npm test` does),
 * listening on a free port, for tests that go through HTTP like a browser or an attacker would.
 */
export async function startAppServer(overrides: Record<string, string> = {}) {
  Object.assign(process.env, overrides);
  resetEnvCache();
  const buildPath = path.resolve("build/index.js");
  if (!existsSync(buildPath)) throw new Error("No Remix build: run `npm run build` first");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const app = createApp({ build, env: parseEnv(process.env) });
  const server: Server = createServer(app);
  answerClientErrors(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The CSRF token rendered in a page's forms. */
export function csrfTokenIn(html: string) {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error("no CSRF token on the page");
  return match[1];
}

/** Cookies from Set-Cookie headers, as one Cookie header (merged with earlier ones). */
export function mergeCookies(previous: string, response: Response) {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((c) => [c.split("=")[0], c] as const),
  );
  for (const header of response.headers.getSetCookie()) {
    const pair = header.split(";")[0];
    jar.set(pair.split("=")[0], pair);
  }
  return [...jar.values()].filter((c) => !c.endsWith("=")).join("; ");
}
