import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createProvider, createSchool, createUser } from "#tests/factories/index.ts";
import { csrfTokenIn, mergeCookies, startAppServer } from "#tests/helpers/app-server.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";

/**
 * The support console's CSV uploads over HTTP, as a browser sends them (the real Express app and Remix build):
 * only support users reach them, and a file that is not a CSV or is too large gets a clear error, never a 500.
 */
const getDb = useTestDatabase();
let app: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  app = await startAppServer({ PERSONAS_ENABLED: "true", SESSION_SECRET: "uploads-test-secret-at-least-32-chars!!" });
});
afterAll(async () => app?.close());
beforeEach(async () => {
  const db = await getDb();
  const school = await createSchool(db, { claims: true, grantConditionsAccepted: true });
  const provider = await createProvider(db);
  await createUser(db, { email: "anne_wilson@example.org", schoolIds: [school.id] });
  await createUser(db, { email: "patricia@example.com", providerIds: [provider.id], type: "Claims::ProviderUser" });
  await createUser(db, { email: "colin.chapman@education.gov.uk", kind: "support" });
});

const get = (path: string, init: RequestInit = {}) => fetch(`${app.origin}${path}`, { redirect: "manual", ...init });

async function signIn(email: string) {
  const page = await get("/claims/personas");
  let cookies = mergeCookies("", page);
  const body = new URLSearchParams({ _csrf: csrfTokenIn(await page.text()), email });
  const response = await get("/claims/personas", { method: "POST", headers: { Cookie: cookies }, body });
  expect(response.status).toBe(303);
  cookies = mergeCookies(cookies, response);
  landing = response.headers.get("location")!;
  return cookies;
}
/** Where the last sign-in landed (the user's own home page). */
let landing = "";

const KEY = "6f1c1d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f";
/** Every support upload page (start URLs and a step URL each). */
const UPLOAD_JOURNEYS = [
  "/claims/support/claims/payments/payer-response/new",
  "/claims/support/claims/sampling/upload/new",
  "/claims/support/claims/sampling/provider-response/new",
  "/claims/support/claims/clawbacks/payer-response/new",
  "/claims/support/schools/invite-users/new",
  "/claims/support/providers/invite-users/new",
];
const SUPPORT_URLS = [
  "/claims/support/claims/sampling",
  ...["approve", "provider-rejected", "reject"].map((step) => `/claims/support/claims/${KEY}/audit/${step}`),
  "/claims/support/claims/clawbacks",
  "/claims/support/claims/clawbacks/send",
  ...UPLOAD_JOURNEYS,
  ...UPLOAD_JOURNEYS.map((path) => `${path}/${KEY}/upload`),
];

/** Opens a journey as support: the upload step's URL, its CSRF token and the cookies. */
async function openUpload(cookies: string, start: string) {
  const started = await get(start, { headers: { Cookie: cookies } });
  expect(started.status).toBe(303);
  const stepUrl = started.headers.get("location")!;
  expect(stepUrl).toMatch(/\/upload$/);
  const page = await get(stepUrl, { headers: { Cookie: cookies } });
  expect(page.status).toBe(200);
  return { stepUrl, csrf: csrfTokenIn(await page.text()) };
}

async function postFile(cookies: string, stepUrl: string, csrf: string, file: Blob, name: string) {
  const form = new FormData();
  form.set("_csrf", csrf);
  form.set("csvUpload", file, name);
  return get(stepUrl, { method: "POST", headers: { Cookie: cookies }, body: form });
}

async function errorShown(cookies: string, url: string) {
  const page = await get(url, { headers: { Cookie: cookies } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/<title>Error: /);
  return html;
}

describe("support uploads", () => {
  it.each(["anne_wilson@example.org", "patricia@example.com"])(
    "%s (not support) gets 404 on every support upload URL, GET and POST",
    async (email) => {
      const cookies = await signIn(email);
      for (const path of SUPPORT_URLS) {
        expect((await get(path, { headers: { Cookie: cookies } })).status, path).toBe(404);
      }
      // A token of the user's own session (every signed-in page has the sign-out form), so only the role refuses.
      const home = await get(landing, { headers: { Cookie: cookies }, redirect: "follow" });
      const csrf = csrfTokenIn(await home.text());
      for (const path of UPLOAD_JOURNEYS.map((p) => `${p}/${KEY}/upload`)) {
        const response = await postFile(cookies, path, csrf, new Blob(["a,b\n"], { type: "text/csv" }), "a.csv");
        expect(response.status, path).toBe(404);
      }
    },
  );

  it.each(UPLOAD_JOURNEYS)("%s: a file that is not a CSV is refused with a clear error", async (start) => {
    const cookies = await signIn("colin.chapman@education.gov.uk");
    const { stepUrl, csrf } = await openUpload(cookies, start);
    const response = await postFile(
      cookies,
      stepUrl,
      csrf,
      new Blob(["%PDF-1.4"], { type: "application/pdf" }),
      "claims.pdf",
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(new URL(stepUrl, app.origin).pathname);
    const html = await errorShown(cookies, stepUrl);
    expect(html).toContain("The selected file must be a CSV");
  });

  it("no file selected, an empty file and a file with the wrong columns are each a clear error", async () => {
    const cookies = await signIn("colin.chapman@education.gov.uk");
    const { stepUrl, csrf } = await openUpload(cookies, UPLOAD_JOURNEYS[0]);
    await postFile(cookies, stepUrl, csrf, new Blob([], { type: "application/octet-stream" }), "");
    expect(await errorShown(cookies, stepUrl)).toContain("Select a CSV file to upload");
    await postFile(cookies, stepUrl, csrf, new Blob([], { type: "text/csv" }), "empty.csv");
    expect(await errorShown(cookies, stepUrl)).toContain("The selected file is empty");
    await postFile(cookies, stepUrl, csrf, new Blob(["reference,status\n1,paid\n"], { type: "text/csv" }), "x.csv");
    expect(await errorShown(cookies, stepUrl)).toContain(
      "The selected file must be a CSV with the columns: claim_reference, claim_status",
    );
  });

  it("a CSV sent with a spreadsheet type but a .csv name is read (row errors listed, nothing applied)", async () => {
    const cookies = await signIn("colin.chapman@education.gov.uk");
    const { stepUrl, csrf } = await openUpload(cookies, UPLOAD_JOURNEYS[0]);
    const csv = "claim_reference,claim_status,claim_unpaid_reason\n12345678,paid,\n";
    const response = await postFile(
      cookies,
      stepUrl,
      csrf,
      new Blob([csv], { type: "application/vnd.ms-excel" }),
      "r.csv",
    );
    expect(response.status).toBe(303);
    const errorsUrl = response.headers.get("location")!;
    expect(errorsUrl).toMatch(/\/upload-errors$/);
    const html = await errorShown(cookies, errorsUrl);
    expect(html).toContain("Row 2: There is no claim with the reference 12345678");
  });

  it("a file over the 2MB cap is a clear error; a body over the route's 10MB cap is the 413 page", async () => {
    const cookies = await signIn("colin.chapman@education.gov.uk");
    const { stepUrl, csrf } = await openUpload(cookies, UPLOAD_JOURNEYS[0]);
    const big = "claim_reference,claim_status\n" + "12345678,paid\n".repeat(230_000); // ~3.2 MB
    const response = await postFile(cookies, stepUrl, csrf, new Blob([big], { type: "text/csv" }), "big.csv");
    expect(response.status).toBe(303);
    expect(await errorShown(cookies, stepUrl)).toContain("The selected file must be smaller than 2MB");

    const huge = new Blob([new Uint8Array(11 * 1024 * 1024).fill(65)], { type: "text/csv" });
    const refused = await postFile(cookies, stepUrl, csrf, huge, "huge.csv");
    expect(refused.status).toBe(413);
    expect(await refused.text()).toMatch(/<title>[^<]*GOV\.UK<\/title>/);
  });
});
