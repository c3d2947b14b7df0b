import { checkPage, expect, signInAs, test } from "../support/fixtures";
import { expectNotServerError, UUID } from "./helpers";

test.describe("persona sign-in lands each persona where the reference lands them", () => {
  test.describe.configure({ timeout: 120_000 });
  test("claims: Anne (one school) lands on her school's claims", async ({ page }) => {
    await page.goto("/claims/personas");
    await checkPage(page);
    await signInAs(page, "claims", "Anne");
    await expect(page).toHaveURL(new RegExp(`/claims/schools/${UUID}/claims$`));
    await expectNotServerError(page);
    await checkPage(page);
  });

  test("claims: Mary (several schools) chooses from her schools", async ({ page }) => {
    await signInAs(page, "claims", "Mary");
    await expect(page).toHaveURL(/\/claims\/schools$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    const schools = page.locator("main ul.govuk-list a");
    await expect(schools).toHaveCount(3);
    for (const href of await schools.evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(new RegExp(`^/claims/schools/${UUID}/claims$`));
    }
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await checkPage(page);
  });

  test("claims: Colin (support) goes to the support console", async ({ page }) => {
    await signInAs(page, "claims", "Colin");
    await expect(page).toHaveURL(/\/claims\/support\/schools$/);
    // The support console is another feature (still being built): only where sign-in lands is checked here.
    await expectNotServerError(page);
  });

  test("placements: Anne (one school) lands on her school's placements", async ({ page }) => {
    await signInAs(page, "placements", "Anne");
    await expect(page).toHaveURL(new RegExp(`/placements/schools/${UUID}/placements$`));
    await expectNotServerError(page);
    await checkPage(page);
  });

  test("placements: Mary (several schools) chooses an organisation", async ({ page }) => {
    await signInAs(page, "placements", "Mary");
    await expect(page).toHaveURL(/\/placements\/organisations$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    await expect(page.locator("main ul.govuk-list a")).toHaveCount(4);
    await checkPage(page);
  });

  test("placements: Patricia (one provider) lands on her provider's Find", async ({ page }) => {
    await signInAs(page, "placements", "Patricia");
    await expect(page).toHaveURL(new RegExp(`/placements/providers/${UUID}/find$`));
    await expectNotServerError(page);
    await checkPage(page);
  });

  test("placements: Colin (support) goes to the support console", async ({ page }) => {
    await signInAs(page, "placements", "Colin");
    await expect(page).toHaveURL(/\/placements\/support\/organisations$/);
    // The support console is another feature (still being built): only where sign-in lands is checked here.
    await expectNotServerError(page);
  });
});
