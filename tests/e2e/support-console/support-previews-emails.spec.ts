import { checkPage, expect, signInAs, test } from "../support/fixtures";

test.describe("support console: e-mail previews and background jobs", () => {
  test.describe.configure({ timeout: 120_000 });
  test("Colin previews every claims e-mail", async ({ page }) => {
    await signInAs(page, "claims", "Colin");
    await page.goto("/claims/support/emails");
    await expect(page.getByRole("heading", { level: 1, name: "E-mail templates" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Claim submitted" })).toBeVisible();
    await expect(page.getByText("Claim submitted for mentor training funding")).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Sign in to Claim funding for mentor training" }).first(),
    ).toHaveAttribute("href", /utm_source=email&utm_medium=notification/);
    await checkPage(page);
  });

  test("Colin sees the jobs and runs the subjects import now", async ({ page }) => {
    await signInAs(page, "claims", "Colin");
    await page.goto("/claims/support/jobs");
    await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
    await checkPage(page);
    await page.getByRole("button", { name: /^Run now\s*Import subjects from the Publish API$/ }).click();
    await expect(page.getByText("Import subjects from the Publish API started")).toBeVisible();
    await checkPage(page);
  });

  test("a school user cannot open the previews or the settings", async ({ page }) => {
    await signInAs(page, "claims", "Anne");
    expect((await page.goto("/claims/support/emails"))?.status()).toBe(404);
    expect((await page.goto("/claims/support/settings"))?.status()).toBe(404);
  });

  test("Colin reaches the console's tools from Settings in both services", async ({ page }) => {
    await signInAs(page, "claims", "Colin");
    const consoleNav = page.getByRole("navigation", { name: "Support console" });
    await consoleNav.getByRole("link", { name: "Settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(consoleNav.getByRole("link", { name: "Settings" })).toHaveAttribute("aria-current", "page");
    await checkPage(page);
    await page.getByRole("link", { name: "Claim windows" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Claim windows" })).toBeVisible();
    await page.goBack();
    await page.getByRole("link", { name: "Background jobs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Background jobs" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();

    await signInAs(page, "placements", "Colin");
    await consoleNav.getByRole("link", { name: "Settings" }).click();
    await checkPage(page);
    await page.getByRole("link", { name: "E-mail templates" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "E-mail templates" })).toBeVisible();
    await expect(page.getByText("Your invite to the Manage school placements service")).toBeVisible();
    await checkPage(page);
  });
});
