import { readdirSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClaimRow, createUser } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "#server/claims/claim/claim-test-setup.ts";

/**
 * Every page of the claims support console, read off the route files so a new page is covered the day it is added:
 * a school user or a provider user gets "Page not found" for each (GET and POST; a POST to a page without a form is
 * "method not allowed"), even with their own claim's id in the address.
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;
let claimId = "";

beforeAll(async () => {
  app = await startAppServer({ PERSONAS_ENABLED: "true", SESSION_SECRET: "support-urls-test-secret-32-chars-long!" });
});
afterAll(async () => app?.close());
beforeEach(async () => {
  const db = await getDb();
  const w = await claimsWorld(db);
  await createUser(db, { email: "anne_wilson@example.org", schoolIds: [w.school.id] });
  await createUser(db, { email: "patricia@example.com", providerIds: [w.provider.id], type: "Claims::ProviderUser" });
  const claim = await createClaimRow(db, {
    schoolId: w.school.id,
    providerId: w.provider.id,
    claimWindowId: w.window.id,
    status: "paid",
    trainings: [{ mentorId: w.m1.id, hours: 2 }],
  });
  claimId = claim.id;
});

const OTHER_ID = "6f1c1d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f";
const PARAM_VALUES: Record<string, () => string> = {
  claimId: () => claimId,
  step: () => "check-your-answers",
  action: () => "paid",
};

/** `claims.support.claims.$claimId.payment.$action.tsx` → `/claims/support/claims/<id>/payment/paid`. */
function pathOf(file: string) {
  const segments = file
    .replace(/\.tsx$/, "")
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) => (s.startsWith("$") ? (PARAM_VALUES[s.slice(1)]?.() ?? OTHER_ID) : s));
  return `/${segments.join("/")}`;
}

const SUPPORT_ROUTE_FILES = readdirSync("app/routes").filter(
  (f) => f.startsWith("claims.support.") && f !== "claims.support.tsx",
);

const get = (path: string, init: RequestInit = {}) => fetch(`${app.origin}${path}`, { redirect: "manual", ...init });

async function signIn(email: string) {
  const page = await get("/claims/personas");
  const cookies = mergeCookies("", page);
  const token = csrfTokenIn(await page.text());
  const body = new URLSearchParams({ _csrf: token, email });
  const response = await get("/claims/personas", { method: "POST", headers: { Cookie: cookies }, body });
  expect(response.status).toBe(303);
  const signedIn = mergeCookies(cookies, response);
  // The signed-in home page (its Sign out form carries the session's CSRF token).
  const home = await fetch(`${app.origin}${response.headers.get("location")}`, { headers: { Cookie: signedIn } });
  return { cookies: signedIn, token: csrfTokenIn(await home.text()) };
}

describe("the claims support console is not found for school and provider users", () => {
  it("covers every support route file", () => {
    expect(SUPPORT_ROUTE_FILES.length).toBeGreaterThan(40);
  });

  it.each([
    ["a school user", "anne_wilson@example.org"],
    ["a provider user", "patricia@example.com"],
  ])("%s gets 404 for every support page, GET and POST", async (_who, email) => {
    const { cookies, token } = await signIn(email);
    const answers: string[] = [];
    for (const file of SUPPORT_ROUTE_FILES) {
      const path = pathOf(file);
      const read = await get(path, { headers: { Cookie: cookies } });
      const write = await get(path, {
        method: "POST",
        headers: { Cookie: cookies },
        body: new URLSearchParams({ _csrf: token }),
      });
      await read.arrayBuffer();
      await write.arrayBuffer();
      answers.push(`${path} GET ${read.status} POST ${write.status}`);
    }
    // POST to a page that takes no form is "method not allowed" (405), for everyone.
    expect(answers).toEqual(
      answers.map((a) =>
        a.replace(/GET \d+ POST (?!405)\d+$/, "GET 404 POST 404").replace(/GET \d+ POST 405$/, "GET 404 POST 405"),
      ),
    );
  });
});
