import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

test("support previews who a reminder reaches, sends it once a day, and the e-mails reach GOV.UK Notify", async ({
  page,
}) => {
  test.setTimeout(300_000); // several pages, each with axe, on a shared 2-core machine
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/settings");
  await page.getByRole("link", { name: "Send reminders" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send reminders" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("link", { name: "Schools that have not submitted a claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Schools that have not submitted a claim" })).toBeVisible();
  const summary = page.locator("main p", { hasText: /will be sent to/ });
  await expect(summary).toHaveText(/\d+ e-mails? will be sent to \d+ schools?\./);
  await expect(page.locator(".govuk-table tbody tr").first()).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Send reminders" }).click();
  const banner = page.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText("Reminders sent");
  await expect(banner).toContainText(/\d+ e-mails? will be sent to \d+ schools?/);
  await checkPage(page);

  // Pressing Send again the same day sends nothing new.
  await page.getByRole("link", { name: "Schools that have not submitted a claim" }).click();
  await page.getByRole("button", { name: "Send reminders" }).click();
  await expect(banner).toContainText("Nothing new to send: these reminders were already sent today.");

  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  await expect(page.locator("section", { hasText: "Claim Your ITT Mentor Training Funding" }).first()).toBeVisible();
});

test("a school user cannot reach the reminder tools", async ({ page }) => {
  await signInAs(page, "claims", "Anne");
  expect((await page.goto("/claims/support/reminders"))?.status()).toBe(404);
  expect((await page.goto("/claims/support/reminders/schools-not-submitted"))?.status()).toBe(404);
  await checkPage(page);
  await signOut(page);
  await signInAs(page, "claims", "Colin");
  expect((await page.goto("/claims/support/reminders/everyone"))?.status()).toBe(404);
});
