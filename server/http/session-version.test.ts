import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSchoolWithUsers } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * Page views reuse a recent read of their session (server/auth/session-reuse.ts); over HTTP, a request that could
 * change data gives the browser a new session version and makes this process's next page views read anew.
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;
let schoolId: string;
let anneId: string;

beforeAll(async () => {
  app = await startAppServer({ PERSONAS_ENABLED: "true", SESSION_SECRET: "session-version-test-secret-32-chars!!" });
});
afterAll(async () => app?.close());
beforeEach(async () => {
  const { school, users } = await createSchoolWithUsers(await getDb(), ["anne_wilson@example.org", "mary@example.com"]);
  schoolId = school.id;
  anneId = users[0]!.id;
});

const get = (path: string, cookies: string) =>
  fetch(`${app.origin}${path}`, { redirect: "manual", headers: { Cookie: cookies } });

async function personaSignIn(email: string) {
  const page = await fetch(`${app.origin}/claims/personas`);
  const cookies = mergeCookies("", page);
  const response = await fetch(`${app.origin}/claims/personas`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookies },
    body: new URLSearchParams({ _csrf: csrfTokenIn(await page.text()), email }),
  });
  return mergeCookies(cookies, response);
}

const versionOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith("session-version="))
    ?.split(";")[0];

describe("session version", () => {
  it("a request that could change data gives the browser a new version; a page view does not", async () => {
    const anne = await personaSignIn("anne_wilson@example.org");
    const users = `/claims/schools/${schoolId}/users`;
    const view = await get(users, anne);
    expect(view.status).toBe(200);
    expect(versionOf(view)).toBeUndefined();

    const post = (cookies: string, csrf: string) =>
      fetch(`${app.origin}/claims/sign-out`, {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: cookies },
        body: new URLSearchParams({ _csrf: csrf }),
      });
    const first = versionOf(await post(anne, csrfTokenIn(await view.text())));
    const second = versionOf(await post(anne, "not-the-token"));
    expect(first).toMatch(/^session-version=[\w-]{16}$/);
    expect(second).toMatch(/^session-version=[\w-]{16}$/);
    expect(second).not.toBe(first);
  });

  it("a user removed by a colleague is signed out on their next page view in the same process", async () => {
    const anne = await personaSignIn("anne_wilson@example.org");
    const mary = await personaSignIn("mary@example.com");
    const users = `/claims/schools/${schoolId}/users`;
    expect((await get(users, anne)).status).toBe(200);
    expect((await get(users, anne)).status).toBe(200);

    const removePage = await get(`${users}/${anneId}/remove`, mary);
    expect(removePage.status).toBe(200);
    const removed = await fetch(`${app.origin}${users}/${anneId}/remove`, {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: mary },
      body: new URLSearchParams({ _csrf: csrfTokenIn(await removePage.text()) }),
    });
    expect(removed.status).toBe(303);

    // Removal ends the user's sessions: the read Anne's page views reused is gone with it.
    const next = await get(users, anne);
    expect(next.status).toBe(303);
    expect(next.headers.get("location")).toMatch(/^\/claims\/sign-in\?signedOut=true/);
  });
});
