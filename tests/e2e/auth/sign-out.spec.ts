import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";
import { sessionCookie } from "./helpers";

test.describe("sessions and sign-out", () => {
  test.describe.configure({ timeout: 120_000 });
  test("sign-out is a POST, and a copied session cookie stops working after it", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await signInAs(page, "claims", "Mary");
    await expect(page).toHaveURL(/\/claims\/schools$/);
    const cookie = await sessionCookie(page, "claims");
    expect(cookie?.value).toBeTruthy();

    const copied = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Cookie: `${cookie!.name}=${cookie!.value}` },
    });
    try {
      const before = await copied.get("/claims/schools", { maxRedirects: 0 });
      expect(before.status()).toBe(200);
      expect(await before.text()).toContain("Organisations");

      // A GET (a link, an image) cannot sign anyone out.
      expect((await copied.get("/claims/sign-out", { maxRedirects: 0 })).status()).toBe(404);
      expect((await copied.get("/claims/schools", { maxRedirects: 0 })).status()).toBe(200);

      await signOut(page);
      await expect(page).toHaveURL(/\/claims\/sign-in$/);
      await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
      await checkPage(page);

      const after = await copied.get("/claims/schools", { maxRedirects: 0 });
      // The cookie no longer opens a session: to sign-in with the "You have been signed out" notice.
      expect(after.status()).toBe(303);
      expect(after.headers()["location"]).toBe("/claims/sign-in?signedOut=true&returnTo=%2Fclaims%2Fschools");
    } finally {
      await copied.dispose();
    }
  });

  test("a claims session does not sign you in to placements", async ({ page, playwright, baseURL }) => {
    await signInAs(page, "claims", "Mary");
    await expect(page).toHaveURL(/\/claims\/schools$/);
    await page.goto("/placements/organisations");
    await expect(page).toHaveURL(/\/placements\/sign-in\?returnTo=%2Fplacements%2Forganisations$/);
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
    await checkPage(page);

    // Even presented under the placements cookie name, the claims session is refused.
    const claims = (await sessionCookie(page, "claims"))!;
    const token = claims.value;
    const forged = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Cookie: `${claims.name.replace("claims", "placements")}=${token}` },
    });
    try {
      const response = await forged.get("/placements/organisations", { maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers()["location"]).toMatch(/^\/placements\/sign-in/);
    } finally {
      await forged.dispose();
    }
    // And the claims session still works.
    await page.goto("/claims/schools");
    await expect(page).toHaveURL(/\/claims\/schools$/);
  });

  test("signing in again replaces the session id (no fixation)", async ({ page }) => {
    await signInAs(page, "claims", "Mary");
    const cookie = (await sessionCookie(page, "claims"))!;
    const first = cookie.value;
    await signInAs(page, "claims", "Mary");
    const second = (await sessionCookie(page, "claims"))!.value;
    expect(second).not.toBe(first);
    const stale = await page.request.get("/claims/schools", {
      headers: { Cookie: `${cookie.name}=${first}` },
      maxRedirects: 0,
    });
    expect(stale.status()).toBe(303);
  });
});
