import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { sessionCookieName } from "#server/auth/session-cookie.ts";
import { createSuggestionsHandler } from "#server/http/suggestions-api.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createSchool, createUser } from "#tests/factories/index.ts";
import { NIOT_SUB_PROVIDER_CODES } from "../../claims/claim/claim-status.ts";
import { suggestionsRouter } from "./suggestions.router.ts";

const getDb = useTestDatabase();
const ORIGIN = "http://app.test";

/** A GET to /api/trpc/<path> as the browser's @trpc/client sends it, from a page of this origin unless told. */
function get(
  path: string,
  input: unknown,
  { cookie, headers = { "Sec-Fetch-Site": "same-origin" } }: { cookie?: string; headers?: Record<string, string> } = {},
) {
  const url = `${ORIGIN}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  return new Request(url, { headers: { ...headers, Host: "app.test", ...(cookie ? { Cookie: cookie } : {}) } });
}

async function signIn(service: "claims" | "placements", kind: "user" | "support" = "user") {
  const db = await getDb();
  const user = await createUser(db, { service, kind });
  const token = await createSession(db, { userId: user.id, service });
  return `${sessionCookieName(service)}=${token}`;
}

function handler(points = 100) {
  return createSuggestionsHandler({ getDb, budget: () => ({ points, durationSeconds: 60 }) });
}

async function body(response: Response) {
  return (await response.json()) as { result?: { data: unknown }; error?: { data: { code: string } } };
}

describe("/api/trpc suggestions", () => {
  it("suggests claimable providers to a signed-in claims user: id, name and one line of detail only", async () => {
    const db = await getDb();
    await createProvider(db, { name: "Alpha Teaching School", code: "A1" });
    await createProvider(db, { name: "Alpha Unaccredited", code: "A2", accredited: false });
    await createProvider(db, { name: "Alpha NIoT partner", code: NIOT_SUB_PROVIDER_CODES[0] });
    const response = await handler()(get("claims.providers", { query: "alpha" }, { cookie: await signIn("claims") }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const data = (await body(response)).result?.data as { id: string; name: string; hint: string }[];
    expect(data.map((s) => s.name)).toEqual(["Alpha Teaching School"]);
    expect(Object.keys(data[0]).sort()).toEqual(["hint", "id", "name"]);
    expect(data[0].hint).toBe("A1");
  });

  it("placements suggests every provider; schools come from GIAS by name, URN or postcode", async () => {
    const db = await getDb();
    await createProvider(db, { name: "Beta Unaccredited", accredited: false });
    const school = await createSchool(db, { name: "Gamma Primary", urn: "123456" });
    const cookie = await signIn("placements");
    const providers = await body(await handler()(get("placements.providers", { query: "beta" }, { cookie })));
    expect((providers.result?.data as { name: string }[]).map((p) => p.name)).toEqual(["Beta Unaccredited"]);
    const schools = await body(await handler()(get("placements.schools", { query: "123456" }, { cookie })));
    expect(schools.result?.data).toEqual([
      { id: school.id, name: "Gamma Primary", hint: "URN 123456, Testtown, AB1 2CD" },
    ]);
  });

  it("refuses anonymous requests with 401", async () => {
    const response = await handler()(get("claims.providers", { query: "alpha" }));
    expect(response.status).toBe(401);
    expect((await body(response)).error?.data.code).toBe("UNAUTHORIZED");
  });

  it("refuses a session of the other service with 401", async () => {
    const cookie = await signIn("placements");
    const response = await handler()(get("claims.providers", { query: "alpha" }, { cookie }));
    expect(response.status).toBe(401);
  });

  it("keeps organisation suggestions to support users (404 for others)", async () => {
    const db = await getDb();
    await createSchool(db, { name: "Delta Academy" });
    const user = await handler()(get("claims.organisations", { query: "delta" }, { cookie: await signIn("claims") }));
    expect(user.status).toBe(404);
    const support = await handler()(
      get("claims.organisations", { query: "delta" }, { cookie: await signIn("claims", "support") }),
    );
    expect(support.status).toBe(200);
    expect(((await body(support)).result?.data as { name: string }[]).map((o) => o.name)).toEqual(["Delta Academy"]);
  });

  it.each([
    ["a cross-site fetch", { "Sec-Fetch-Site": "cross-site" }],
    ["a sibling subdomain", { "Sec-Fetch-Site": "same-site" }],
    ["another Origin without fetch metadata", { Origin: "https://evil.example" }],
    ["neither fetch metadata nor Origin", {}],
  ])("refuses %s with 403", async (_name, headers) => {
    const cookie = await signIn("claims");
    const response = await handler()(get("claims.providers", { query: "alpha" }, { cookie, headers }));
    expect(response.status).toBe(403);
  });

  it("accepts an older browser's same-origin Origin header", async () => {
    const cookie = await signIn("claims");
    const response = await handler()(get("claims.providers", { query: "a" }, { cookie, headers: { Origin: ORIGIN } }));
    expect(response.status).toBe(200);
  });

  it.each([
    ["a mutation of the app router", "claims.claim.create"],
    ["a query of the app router", "claims.claim.list"],
    ["a support query of the app router", "claims.support.organisation.candidates"],
    ["an unknown service", "admin.providers"],
  ])("does not reach %s (404)", async (_name, path) => {
    const cookie = await signIn("claims", "support");
    const response = await handler()(get(path, { query: "a", schoolId: crypto.randomUUID() }, { cookie }));
    expect(response.status).toBe(404);
  });

  it("answers a POST (how a mutation would be sent) with 404", async () => {
    const cookie = await signIn("claims");
    const request = new Request(`${ORIGIN}/api/trpc/claims.providers`, {
      method: "POST",
      headers: { "Sec-Fetch-Site": "same-origin", Cookie: cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ query: "a" }),
    });
    expect((await handler()(request)).status).toBe(404);
  });

  it("does not batch calls", async () => {
    const cookie = await signIn("claims");
    const request = new Request(
      `${ORIGIN}/api/trpc/claims.providers,claims.schools?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { query: "a" }, 1: { query: "a" } }))}`,
      { headers: { "Sec-Fetch-Site": "same-origin", Cookie: cookie } },
    );
    expect((await handler()(request)).status).toBe(400);
  });

  it("limits requests per user (429), each user with a budget of their own", async () => {
    const anne = await signIn("claims");
    const mary = await signIn("claims");
    const handle = handler(2);
    expect((await handle(get("claims.providers", { query: "a" }, { cookie: anne }))).status).toBe(200);
    expect((await handle(get("claims.providers", { query: "b" }, { cookie: anne }))).status).toBe(200);
    const refused = await handle(get("claims.providers", { query: "c" }, { cookie: anne }));
    expect(refused.status).toBe(429);
    expect((await handle(get("claims.providers", { query: "a" }, { cookie: mary }))).status).toBe(200);
  });

  it.each([
    ["control characters", "alpha\u0000"],
    ["a query over 100 characters", "a".repeat(101)],
    ["an empty query", "   "],
    ["a query that is not text", 42],
  ])("refuses %s with 400", async (_name, query) => {
    const cookie = await signIn("claims");
    const response = await handler()(get("claims.providers", { query }, { cookie }));
    expect(response.status).toBe(400);
  });

  it("is served by procedures with guards, read-only", () => {
    const procedures = Object.entries(
      suggestionsRouter._def.procedures as unknown as Record<
        string,
        { _def: { type: string; meta?: { guard?: string } } }
      >,
    );
    expect(procedures.map(([path]) => path).sort()).toEqual([
      "claims.organisations",
      "claims.providers",
      "claims.schools",
      "placements.organisations",
      "placements.providers",
      "placements.schools",
    ]);
    for (const [path, procedure] of procedures) {
      expect(procedure._def.type, path).toBe("query");
      expect(procedure._def.meta?.guard?.startsWith(path.split(".")[0]), path).toBe(true);
    }
  });
});
