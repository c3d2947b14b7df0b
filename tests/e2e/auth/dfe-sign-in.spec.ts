import { checkPage, expect, test } from "../support/fixtures";
import { expectNotServerError, sessionCookie, signInAtFakeProvider, UUID } from "./helpers";

const ANNE = "Anne Wilson (anne_wilson@example.org)";
const MARY = "Mary Lawson (mary@example.com)";
const COLIN = "Colin Chapman (colin.chapman@education.gov.uk)";
const UNKNOWN = "Unknown Person (unknown@example.com)";

test.describe("DfE Sign-in (OpenID Connect, through the local fake provider)", () => {
  test.describe.configure({ timeout: 120_000 });
  test("claims: Anne signs in and lands on her school's claims", async ({ page }) => {
    await page.goto("/claims/sign-in");
    await checkPage(page);
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    await signInAtFakeProvider(page, ANNE);
    await expect(page).toHaveURL(new RegExp(`^http://localhost:\\d+/claims/schools/${UUID}/claims$`));
    await expectNotServerError(page);
    await checkPage(page);
    const cookie = await sessionCookie(page, "claims");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // The per-flow cookie is gone once the callback has used it.
    expect((await page.context().cookies()).filter((c) => c.name.includes("claims-dsi-"))).toEqual([]);
  });

  test("placements: Colin (support) signs in and goes to the support console", async ({ page }) => {
    await page.goto("/placements/sign-in");
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    await signInAtFakeProvider(page, COLIN);
    await expect(page).toHaveURL(/\/placements\/support\/organisations$/);
    await expectNotServerError(page); // the support console is another feature
  });

  test("someone with no account in the service is told they have no access", async ({ page }) => {
    await page.goto("/claims/sign-in");
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    await signInAtFakeProvider(page, UNKNOWN);
    await expect(page).toHaveURL(/\/claims\/sign-in\?error=no-access$/);
    await expect(page.getByText("You do not have access to this service")).toBeVisible();
    expect(await sessionCookie(page, "claims")).toBeUndefined();
    await checkPage(page);
  });

  test("a deep link is kept through sign-in", async ({ page }) => {
    await page.goto("/placements/organisations?from=deep-link");
    await expect(page).toHaveURL(/\/placements\/sign-in\?returnTo=%2Fplacements%2Forganisations%3Ffrom%3Ddeep-link$/);
    await checkPage(page);
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    await signInAtFakeProvider(page, MARY);
    await expect(page).toHaveURL(/\/placements\/organisations\?from=deep-link$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    await checkPage(page);
  });

  test("cancelling at the provider is a failed sign-in, not an error page", async ({ page }) => {
    await page.goto("/claims/sign-in");
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page).toHaveURL(/\/claims\/sign-in\?error=failed$/);
    await expect(page.getByText("Sign in failed. Try again.")).toBeVisible();
    await checkPage(page);
  });

  test("a callback without its flow, with a forged state, or replayed, fails safely", async ({ page }) => {
    // Forged: no flow cookie for this state.
    const forged = await page.goto("/claims/auth/callback?code=abc&state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    expect(forged?.status()).toBe(200);
    await expect(page).toHaveURL(/\/claims\/sign-in\?error=failed$/);
    await checkPage(page);
    await page.goto("/claims/auth/callback");
    await expect(page).toHaveURL(/\/claims\/sign-in\?error=failed$/);

    // Replayed: a real callback URL used a second time.
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    let callbackUrl = "";
    page.on("request", (request) => {
      if (request.url().includes("/claims/auth/callback")) callbackUrl = request.url();
    });
    await signInAtFakeProvider(page, ANNE);
    await expect(page).toHaveURL(new RegExp(`/claims/schools/${UUID}/claims$`));
    expect(callbackUrl).toContain("code=");
    await page.context().clearCookies();
    await page.goto(callbackUrl);
    await expect(page).toHaveURL(/\/claims\/sign-in\?error=failed$/);
    expect(await sessionCookie(page, "claims")).toBeUndefined();
  });

  test("signing out ends the DfE Sign-in session too (RP-initiated logout)", async ({ page }) => {
    await page.goto("/claims/sign-in");
    await page.getByRole("button", { name: "Sign in using DfE Sign-in" }).click();
    await signInAtFakeProvider(page, MARY);
    await expect(page).toHaveURL(/\/claims\/schools$/);
    const endSession = page.waitForRequest((r) => r.url().includes("/session/end"));
    await page.getByRole("button", { name: "Sign out" }).click();
    const url = new URL((await endSession).url());
    expect(url.searchParams.get("id_token_hint")).toMatch(/^ey/);
    expect(url.searchParams.get("post_logout_redirect_uri")).toMatch(/^http:\/\/localhost:\d+\/claims\/signed-out$/);
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await expect(page).toHaveURL(/\/claims\/signed-out$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You have signed out");
    await checkPage(page);
    await page.goto("/claims/schools");
    await expect(page).toHaveURL(/\/claims\/sign-in\?returnTo=/);
  });
});
