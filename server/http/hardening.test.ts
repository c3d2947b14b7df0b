import { connect } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSchool, createUser } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * The outside view: the real Express app and Remix build over HTTP, as the black-box run found the faults.
 * Each case failed before the hardening (plain Express pages, 500s, an open redirect, unbounded bodies).
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;
let schoolId: string;

beforeAll(async () => {
  app = await startAppServer({ PERSONAS_ENABLED: "true", SESSION_SECRET: "hardening-test-secret-at-least-32-chars!" });
});
afterAll(async () => app?.close());
beforeEach(async () => {
  const db = await getDb();
  const school = await createSchool(db, { claims: true, grantConditionsAccepted: true });
  schoolId = school.id;
  await createUser(db, { email: "anne_wilson@example.org", schoolIds: [school.id] });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${app.origin}${path}`, { redirect: "manual", ...init });

async function expectGovukPage(response: Response, status: number, heading: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/text\/html/);
  const html = await response.text();
  expect(html).toMatch(/<title>[^<]*GOV\.UK<\/title>/);
  expect(html).toMatch(heading);
  expect(html).not.toMatch(/at .*\.(ts|js):\d+/);
  return html;
}

/** Signs in as the persona, optionally with a returnTo; returns the Location and the cookies. */
async function personaSignIn(returnTo?: string) {
  const page = await get("/claims/personas");
  let cookies = mergeCookies("", page);
  const body = new URLSearchParams({ _csrf: csrfTokenIn(await page.text()), email: "anne_wilson@example.org" });
  if (returnTo !== undefined) body.set("returnTo", returnTo);
  const response = await get("/claims/personas", { method: "POST", headers: { Cookie: cookies }, body });
  cookies = mergeCookies(cookies, response);
  return { status: response.status, location: response.headers.get("location"), cookies };
}

function rawRequest(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(app.port, "127.0.0.1", () => socket.write(text));
    let data = "";
    socket.on("data", (chunk) => (data += chunk.toString()));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    setTimeout(() => socket.destroy(), 5000).unref();
  });
}

describe("1. returning after sign-in never leaves the service", () => {
  it.each([
    "/\t/evil.example",
    "/%09/evil.example",
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/claims",
    "/placements/organisations",
    "/claims/\r\nSet-Cookie: x=1",
  ])("persona sign-in with returnTo %j goes to the default page", async (returnTo) => {
    const { status, location } = await personaSignIn(returnTo);
    expect(status).toBe(303);
    expect(location).toBe("/claims/schools");
  });

  it("keeps a path inside the service", async () => {
    expect((await personaSignIn("/claims/schools?page=2")).location).toBe("/claims/schools?page=2");
  });

  it("the sign-in page with line breaks in returnTo is a page, not a 500", async () => {
    const response = await get("/claims/sign-in?returnTo=%2F%0D%0A%2Fevil.example");
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain("evil.example");
  });
});

describe("2. request bodies are bounded however they are sent", () => {
  it("a chunked form post over the cap is the GOV.UK 413 page", async () => {
    const page = await get("/claims/personas");
    const cookies = mergeCookies("", page);
    const token = csrfTokenIn(await page.text());
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode(`_csrf=${token}&email=`));
        if (sent++ > 80)
          controller.close(); // 5 MB, never declared
        else controller.enqueue(chunk);
      },
    });
    const response = await get("/claims/personas", {
      method: "POST",
      headers: { Cookie: cookies, "Content-Type": "application/x-www-form-urlencoded" },
      body,
      duplex: "half",
    } as RequestInit);
    await expectGovukPage(response, 413, /too large/);
    expect(response.headers.get("connection")).toBe("close");
    // The unread rest of that body must not break the client's next request.
    expect((await get("/claims/personas")).status).toBe(200);
  });

  it("a declared Content-Length over the largest cap is refused before reading", async () => {
    const reply = await rawRequest(
      `POST /claims/personas HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 999999999\r\n\r\na=1`,
    );
    expect(reply).toMatch(/^HTTP\/1\.1 413/);
    expect(reply).toContain("GOV.UK");
  });

  it("compressed bodies (415) and bodies that are not forms (415) get GOV.UK pages", async () => {
    await expectGovukPage(
      await get("/claims/personas", {
        method: "POST",
        headers: { "Content-Encoding": "gzip", "Content-Type": "application/x-www-form-urlencoded" },
        body: "x",
      }),
      415,
      /problem with the service/,
    );
    await expectGovukPage(
      await get("/claims/personas", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
      415,
      /problem with the service/,
    );
  });
});

describe("3. NUL and control characters are field errors, never 500s", () => {
  it("add-user form with NUL in every field re-shows the form with errors", async () => {
    const { cookies } = await personaSignIn();
    const start = await get(`/claims/schools/${schoolId}/users/new`, { headers: { Cookie: cookies } });
    const step = start.headers.get("location")!;
    const form = await get(step, { headers: { Cookie: cookies } });
    const token = csrfTokenIn(await form.text());
    const body = new URLSearchParams({
      _csrf: token,
      firstName: "Ann\u0000e",
      lastName: "W\u0001",
      email: "a\u0000@example.com",
      "x\u0000": "y",
    });
    const posted = await get(step, { method: "POST", headers: { Cookie: cookies }, body });
    expect(posted.status).toBe(303);
    const again = await get(step, { headers: { Cookie: cookies } });
    expect(again.status).toBe(200);
    const html = await again.text();
    expect(html).toContain("First name must only include letters, spaces, hyphens and apostrophes");
    expect(html).toContain("Enter an email address in the correct format");
  });
});

describe("6. every error is a GOV.UK page", () => {
  it("TRACE is the 405 page", async () => {
    const reply = await rawRequest("TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 405/);
    expect(reply).toMatch(/Allow: GET, HEAD, POST/i);
    expect(reply).toContain("Sorry, there is a problem with the service");
  });

  it.each(["PUT", "DELETE", "PATCH", "OPTIONS"])("%s is the 405 page with Allow", async (method) => {
    const response = await get("/claims", { method });
    await expectGovukPage(response, 405, /problem with the service/);
    expect(response.headers.get("allow")).toBe("GET, HEAD, POST");
  });

  it("a method Node itself does not know is a GOV.UK page too", async () => {
    const reply = await rawRequest("FOO /claims HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 4\d\d/);
    expect(reply).toContain("Sorry, there is a problem with the service");
  });

  it.each(["garbage", "http://127.0.0.1:3400.evil.example", "null", "https://evil.example"])(
    "a POST with Origin %j is the 403 page",
    async (origin) => {
      await expectGovukPage(
        await get("/claims/sign-out", { method: "POST", headers: { Origin: origin } }),
        403,
        /problem with the service/,
      );
    },
  );

  it("malformed percent-encoding in the path is a 400 page; NUL in the path a 404 page", async () => {
    await expectGovukPage(await get("/claims/%E0%A4%A"), 400, /problem with the service/);
    await expectGovukPage(await get("/assets/%"), 400, /problem with the service/);
    await expectGovukPage(await get("/claims/%00"), 404, /Page not found/);
  });

  it("malformed query strings and cookies are not errors", async () => {
    expect((await get("/claims/sign-in?returnTo=%E0%A4%A&x=%%%")).status).toBe(200);
    expect((await get("/claims", { headers: { Cookie: "%%%; csrf=\u00ff; claims-session=%" } })).status).toBe(200);
  });

  it("very long URLs get GOV.UK pages (414, and 431 beyond Node's header limit)", async () => {
    await expectGovukPage(await get(`/claims/${"a".repeat(9000)}`), 414, /too long/);
    const reply = await rawRequest(`GET /claims/${"a".repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(reply).toMatch(/^HTTP\/1\.1 431/);
    expect(reply).toContain("GOV.UK");
  });

  it("a Host header that is not a host name is a 400 page", async () => {
    const reply = await rawRequest("GET /claims HTTP/1.1\r\nHost: evil example\r\nConnection: close\r\n\r\n");
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect(reply).toContain("GOV.UK");
  });

  it("forwarded headers are ignored without TRUST_PROXY (no 500 from a bad X-Forwarded-Host)", async () => {
    expect((await get("/claims", { headers: { "X-Forwarded-Host": "a:99999" } })).status).toBe(200);
  });

  it("HEAD answers like GET without a body", async () => {
    const response = await get("/claims", { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });
});

describe("10. a restrictive Permissions-Policy on every response", () => {
  it.each(["/claims", "/healthcheck", "/assets/govuk-frontend.min.css", "/claims/%E0%A4%A"])("%s", async (path) => {
    const policy = (await get(path)).headers.get("permissions-policy");
    expect(policy).toContain("camera=()");
    expect(policy).toContain("geolocation=()");
    expect(policy).toContain("microphone=()");
  });
});

describe("12. after idle expiry the sign-in page says so", () => {
  it("an expired session goes to sign-in with 'You have been signed out'", async () => {
    const { cookies } = await personaSignIn();
    const db = await getDb();
    await db.session.updateMany({ data: { lastSeenAt: new Date(Date.now() - 3 * 60 * 60 * 1000) } });
    const response = await get(`/claims/schools/${schoolId}/users`, { headers: { Cookie: cookies } });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/claims\/sign-in\?signedOut=true/);
    const page = await get(location);
    expect(await page.text()).toContain("You have been signed out");
  });
});
