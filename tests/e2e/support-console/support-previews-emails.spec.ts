import { checkPage, expect, signInAs, test } from "../support/fixtures";

test.describe("support console: e-mail previews and background jobs", () => {
  test.describe.configure({ timeout: 120_000 });
  test("Colin previews every claims e-mail", async ({ page }) => {
    await signInAs(page, "claims", "Colin");
    await page.goto("/claims/support/emails");
    await expect(page.getByRole("heading", { level: 1, name: "E-mail templates" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Claim submitted" })).toBeVisible();
    await expect(page.getByText("Claim submitted for mentor training funding")).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in to Claim funding for mentor training" }).first()).toHaveAttribute(
      "href",
      /utm_source=email&utm_medium=notification/,
    );
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

  test("a school user cannot open the previews", async ({ page }) => {
    await signInAs(page, "claims", "Anne");
    const response = await page.goto("/claims/support/emails");
    expect(response?.status()).toBe(404);
  });
});
