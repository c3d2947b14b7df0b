import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSchool, createUser } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * A page seen again with the same data is the kept HTML of an earlier view (app/components/rendered-once/
 * document-once.server.ts) with this view's own values in it: each view's nonce is its CSP header's, its request id
 * its X-Request-Id, and its CSRF token signs its own cookie (the form it shows can be sent).
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  app = await startAppServer({
    PERSONAS_ENABLED: "true",
    SESSION_SECRET: "document-once-test-secret-at-least-32-chars",
  });
});
afterAll(async () => app?.close());
beforeEach(async () => {
  const db = await getDb();
  const school = await createSchool(db, { claims: true, grantConditionsAccepted: true });
  await createUser(db, { email: "anne_wilson@example.org", schoolIds: [school.id] });
});

const normalised = (html: string) =>
  html
    .replace(/nonce="[^"]+"/g, "nonce")
    .replace(/name="_csrf" value="[^"]+"/g, "csrf")
    .replace(/"csrfToken":"[^"]+"/g, "csrf")
    .replace(/"requestId":"[^"]+"/g, "requestId");

describe("a page seen again", () => {
  it("is the same page with this view's own nonce, request id and CSRF token", async () => {
    const views = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${app.origin}/claims/personas`);
      const html = await response.text();
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
      expect(nonce).toBeTruthy();
      const nonces = [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
      expect(nonces.length).toBeGreaterThan(1);
      expect(new Set(nonces)).toEqual(new Set([nonce]));
      expect(html).toContain(`"requestId":"${response.headers.get("x-request-id")}"`);
      views.push({ html, cookies: mergeCookies("", response) });
    }
    // The third and fourth views are the kept page: identical apart from the per-view values, which all differ.
    expect(new Set(views.map((v) => normalised(v.html))).size).toBe(1);
    expect(new Set(views.map((v) => csrfTokenIn(v.html))).size).toBe(4);

    // The kept page's form works with its own cookie, and not with another view's cookie.
    const last = views[3]!;
    const post = (cookies: string) =>
      fetch(`${app.origin}/claims/personas`, {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: cookies },
        body: new URLSearchParams({ _csrf: csrfTokenIn(last.html), email: "anne_wilson@example.org" }),
      });
    expect((await post(views[0]!.cookies)).status).toBe(403);
    expect((await post(last.cookies)).status).toBe(303);
  });
});
