import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSchoolWithUsers } from "#tests/factories/index.ts";
import { csrfTokenIn, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * Two server processes on one database, as production runs them: a page view on one may reuse that process's read of
 * its session (server/auth/session-reuse.ts), so a change made through the other must reach it by the browser's
 * session version. PostgreSQL only (`*.pg.test.ts`): the embedded database belongs to one process.
 */
if (!process.env.TEST_DATABASE_SERVER_URL) {
  throw new Error("A PostgreSQL-only suite: run it with DATABASE_URL set (npm run test:postgres)");
}
const SECRET = "session-version-two-processes-secret-32!";
const getDb = useTestDatabase();
let inProcess: Awaited<ReturnType<typeof startAppServer>>;
let other: { origin: string; child: ChildProcess };
let schoolId: string;
let anneId: string;

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The built server (`node build/server/index.js`) in its own process, on this file's database. */
async function startServerProcess() {
  const port = await freePort();
  const child = spawn(process.execPath, ["build/server/index.js"], {
    env: { ...process.env, PORT: String(port), SESSION_SECRET: SECRET, PERSONAS_ENABLED: "true", LOG_LEVEL: "silent" },
    stdio: "ignore",
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server process exited (${child.exitCode})`);
    if (
      await fetch(`${origin}/healthcheck`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server process did not answer");
}

beforeAll(async () => {
  inProcess = await startAppServer({ PERSONAS_ENABLED: "true", SESSION_SECRET: SECRET });
  other = await startServerProcess();
});
afterAll(async () => {
  other?.child.kill("SIGTERM");
  await inProcess?.close();
});
beforeEach(async () => {
  const { school, users } = await createSchoolWithUsers(await getDb(), ["anne_wilson@example.org", "mary@example.com"]);
  schoolId = school.id;
  anneId = users[0]!.id;
});

/** A browser: its cookies, kept from every response. */
function browser() {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const headers = {
      ...(init.headers as Record<string, string>),
      Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
    };
    const response = await fetch(url, { ...init, redirect: "manual", headers });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
  return {
    get: (url: string) => send(url),
    post: (url: string, body: Record<string, string>) => send(url, { method: "POST", body: new URLSearchParams(body) }),
  };
}

describe("two server processes on one database", () => {
  it("a flash message set through one process is shown once by the other, which had reused the session's read", async () => {
    const mary = browser();
    const personas = await mary.get(`${inProcess.origin}/claims/personas`);
    const signIn = await mary.post(`${inProcess.origin}/claims/personas`, {
      _csrf: csrfTokenIn(await personas.text()),
      email: "mary@example.com",
    });
    expect(signIn.status).toBe(303);

    const users = `/claims/schools/${schoolId}/users`;
    // The other process reads Mary's session and keeps the read for her next page views.
    for (let view = 0; view < 2; view++) expect((await mary.get(`${other.origin}${users}`)).status).toBe(200);

    const removePage = await mary.get(`${inProcess.origin}${users}/${anneId}/remove`);
    const removed = await mary.post(`${inProcess.origin}${users}/${anneId}/remove`, {
      _csrf: csrfTokenIn(await removePage.text()),
    });
    expect(removed.status).toBe(303);

    const after = await (await mary.get(`${other.origin}${users}`)).text();
    expect(after).toContain("govuk-notification-banner--success");
    expect(after).not.toContain("Anne");
    const next = await (await mary.get(`${other.origin}${users}`)).text();
    expect(next).not.toContain("govuk-notification-banner--success");
  });
});
