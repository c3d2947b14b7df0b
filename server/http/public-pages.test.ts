import { connect } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSchool, createUser } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { forgetPublicPages, keptPublicPageCount } from "./public-pages.ts";

/**
 * The footer's public pages, once rendered for a signed-out view, are served from the kept HTML (server/http/
 * public-pages.ts): the same page, with each view's own nonce, request id and CSRF token, and nothing of anyone's
 * session.
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  app = await startAppServer({
    PERSONAS_ENABLED: "true",
    SESSION_SECRET: "public-pages-test-secret-at-least-32-chars",
  });
});
afterAll(async () => app?.close());
beforeEach(async () => {
  forgetPublicPages();
  const db = await getDb();
  const school = await createSchool(db, { claims: true, grantConditionsAccepted: true });
  await createUser(db, { email: "anne_wilson@example.org", schoolIds: [school.id] });
});

const get = (path: string, cookies?: string) =>
  fetch(`${app.origin}${path}`, { redirect: "manual", headers: cookies ? { Cookie: cookies } : {} });

const normalised = (html: string) =>
  html
    .replace(/nonce="[^"]+"/g, "nonce")
    .replace(/"csrfToken":"[^"]+"/g, "csrf")
    .replace(/"requestId":"[^"]+"/g, "requestId");

/** Signs in as Anne through the persona form; the token comes from the page given (a kept page's own token). */
async function signInWith(cookies: string, token: string) {
  const response = await fetch(`${app.origin}/claims/personas`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookies },
    body: new URLSearchParams({ _csrf: token, email: "anne_wilson@example.org" }),
  });
  return { status: response.status, cookies: mergeCookies(cookies, response) };
}

const tokenInData = (html: string) => /"csrfToken":"([^"]+)"/.exec(html)![1]!;

describe("public pages", () => {
  it("serve later signed-out views from the kept page, each with its own values", async () => {
    const first = await get("/claims/cookies");
    const firstHtml = await first.text();
    expect(keptPublicPageCount()).toBe(1);
    const views = await Promise.all([1, 2, 3].map(() => get("/claims/cookies")));
    for (const response of views) {
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(normalised(html)).toBe(normalised(firstHtml));
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy")!)![1];
      expect(new Set([...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set([nonce]));
      expect(html).toContain(`"requestId":"${response.headers.get("x-request-id")}"`);
      // A browser without a CSRF cookie gets one, and the page's token is that cookie's.
      const cookies = mergeCookies("", response);
      expect(cookies).toMatch(/csrf=/);
      expect((await signInWith(cookies, tokenInData(html))).status).toBe(303);
    }
  });

  it("keep a browser's CSRF cookie: no new cookie, the token is the one its forms already use", async () => {
    const personas = await get("/claims/personas");
    const cookies = mergeCookies("", personas);
    const token = csrfTokenIn(await personas.text());
    await get("/claims/cookies", cookies);
    const kept = await get("/claims/cookies", cookies);
    expect(kept.headers.getSetCookie()).toEqual([]);
    expect(tokenInData(await kept.text())).toBe(token);
  });

  it("are never served from the kept page to a signed-in browser", async () => {
    await get("/claims/cookies");
    const personas = await get("/claims/personas");
    const signedIn = await signInWith(mergeCookies("", personas), csrfTokenIn(await personas.text()));
    expect(signedIn.status).toBe(303);
    const html = await (await get("/claims/cookies", signedIn.cookies)).text();
    expect(html).toContain("Sign out");
    expect(html).toContain(`"user":{"name":`);
    // And the signed-in view is not kept for signed-out browsers.
    expect(await (await get("/claims/cookies")).text()).not.toContain("Sign out");
  });

  it("are kept only for pages that read their address alone", async () => {
    await get("/claims/personas");
    await get("/claims/cookies?x=1");
    expect(keptPublicPageCount()).toBe(0);
  });

  it("keep the connection open (nothing of the request is left unread)", async () => {
    await get("/claims/cookies");
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(app.port, "127.0.0.1");
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString("latin1");
        if (text.includes("</html>")) {
          socket.end();
          resolve(text);
        }
      });
      socket.on("error", reject);
      socket.write(`GET /claims/cookies HTTP/1.1\r\nHost: 127.0.0.1:${app.port}\r\n\r\n`);
    });
    expect(reply).toMatch(/^HTTP\/1.1 200/);
    expect(reply).toMatch(/\r\nConnection: keep-alive\r\n/i);
  });
});
