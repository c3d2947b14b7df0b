import { checkPage, expect, test } from "../support/fixtures";

/**
 * The sign-in endpoints allow RATE_LIMIT_SIGN_IN_POINTS requests per client IP per window (the
 * e2e server is started with this process's environment, so both read the same value). Each
 * project uses its own client address (the e2e servers run with TRUST_PROXY=1, so X-Forwarded-For counts), so the
 * other journeys' budget on 127.0.0.1 is untouched.
 */
const LIMIT = Number(process.env.RATE_LIMIT_SIGN_IN_POINTS ?? 100);

test.describe.configure({ timeout: 180_000 });

test("hammering persona sign-in gets the GOV.UK 429 page with Retry-After", async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  const ip = `198.51.100.${testInfo.project.name === "js" ? 10 : 20}${Date.now() % 10}`;
  const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": ip } });
  try {
    // Signed in, the CSRF token is bound to the session, so each attempt reads the form again (GETs are not counted).
    const csrfToken = async () => {
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await (await client.get("/claims/personas")).text())?.[1];
      expect(csrf).toBeTruthy();
      return csrf!;
    };
    for (let i = 0; i < LIMIT; i++) {
      const ok = await client.post("/claims/personas", {
        form: { _csrf: await csrfToken(), email: "anne_wilson@example.org", returnTo: "" },
        maxRedirects: 0,
      });
      expect(ok.status(), `request ${i + 1} of ${LIMIT}`).toBe(303);
    }
    const refused = await client.post("/claims/personas", {
      form: { _csrf: await csrfToken(), email: "anne_wilson@example.org", returnTo: "" },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(refused.headers()["set-cookie"] ?? "").not.toMatch(/claims-session=[^;]/);
  } finally {
    await client.dispose();
  }

  // The same client in a browser sees the GOV.UK page.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": ip });
  await page.goto("/claims/personas");
  const response = page.waitForResponse((r) => r.url().endsWith("/claims/personas") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign in as Anne" }).click();
  expect((await response).status()).toBe(429);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there have been too many attempts");
  await expect(page).toHaveTitle(
    "Sorry, there have been too many attempts – Claim funding for mentor training – GOV.UK",
  );
  await checkPage(page);

  // Another client is not affected.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "192.0.2.1" });
  await page.goto("/claims/personas");
  await page.getByRole("button", { name: "Sign in as Anne" }).click();
  await expect(page).toHaveURL(/\/claims\/schools\//);
});
