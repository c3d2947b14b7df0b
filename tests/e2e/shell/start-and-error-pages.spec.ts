import { checkPage, expect, signInAs, test } from "../support/fixtures";

test.describe("GOV.UK shell", () => {
  test("the claims start page", async ({ page }) => {
    const response = await page.goto("/claims");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Claim funding for mentor training – GOV.UK");
    await expect(page.locator(".govuk-service-navigation__service-name")).toHaveText(
      "Claim funding for mentor training",
    );
    await expect(page.getByRole("button", { name: "Start now" })).toHaveAttribute("href", "/claims/sign-in");
    await checkPage(page);
  });

  test("the placements start page", async ({ page }) => {
    const response = await page.goto("/placements");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manage school placements");
    await checkPage(page);
  });

  for (const path of ["/claims/accessibility", "/claims/cookies", "/placements/privacy"]) {
    test(`the footer page ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await checkPage(page);
    });
  }

  test("an unknown page is a GOV.UK 404", async ({ page }) => {
    const response = await page.goto("/claims/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found – Claim funding for mentor training – GOV.UK");
    await checkPage(page);
  });

  test("a malformed id is a 404, not a 500", async ({ page }) => {
    await signInAs(page, "claims", "Anne");
    for (const path of [
      "/claims/schools/not-a-uuid/claims",
      "/claims/schools/00000000-0000-0000-0000-000000000000/claims",
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    }
    await checkPage(page);
  });

  test("responses carry the security headers", async ({ request }) => {
    const response = await request.get("/claims");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["content-security-policy"]).toMatch(/object-src 'none'/);
    expect(headers["content-security-policy"]).toMatch(/base-uri 'none'/);
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });

  test("the healthcheck answers without secrets", async ({ request }) => {
    const response = await request.get("/healthcheck");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", checks: { database: "ok" } });
  });

  test("a cross-site POST is refused", async ({ request }) => {
    const response = await request.post("/claims/sign-out", {
      headers: { Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site" },
      form: { _csrf: "x" },
    });
    expect(response.status()).toBe(403);
  });

  test("a POST without a CSRF token is refused", async ({ request }) => {
    const response = await request.post("/claims/sign-out", { form: {} });
    expect(response.status()).toBe(403);
  });
});
