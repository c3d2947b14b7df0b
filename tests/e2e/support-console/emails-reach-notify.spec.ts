import { checkPage, expect, signInAs, test } from "../support/fixtures";

/**
 * The whole e-mail path with real parts: a journey queues an e-mail in its transaction, the outbox worker (pg-boss,
 * every minute) sends it through notifications-node-client to the local fake GOV.UK Notify, and the development page
 * lists what the fake received.
 */
test("an invitation queued by a journey is delivered to (fake) GOV.UK Notify", async ({ page }, testInfo) => {
  test.setTimeout(240_000); // the worker runs once a minute
  const email = `dee.${testInfo.project.name}.${Date.now()}@education.gov.uk`;
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/support-users");
  await page.getByRole("button", { name: "Add support user" }).click();
  await page.getByLabel("First name").fill("Dee");
  await page.getByLabel("Last name").fill("Delivery");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Add support user" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Support user added");

  const delivered = page.locator("section", { has: page.getByText(email, { exact: true }) });
  await expect(async () => {
    await page.goto("/dev/emails");
    await expect(delivered).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await expect(page.getByRole("heading", { level: 1, name: "E-mails sent to the fake GOV.UK Notify" })).toBeVisible();
  // The subject carries the environment name outside production; the body is the registered template's.
  await expect(delivered.getByRole("heading", { level: 2 })).toHaveText(
    /^\[.+\] Invitation to join Claim funding for mentor training$/,
  );
  await expect(delivered).toContainText("Dear Dee,");
  await checkPage(page);
});
