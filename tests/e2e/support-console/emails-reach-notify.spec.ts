import { checkPage, expect, signInAs, test } from "../support/fixtures";

/**
 * The whole e-mail path with real parts: a journey queues an e-mail in its transaction, the outbox worker sends it
 * through notifications-node-client to the local fake GOV.UK Notify, and the development page lists what the fake
 * received. The development page's "Send queued e-mails now" runs the worker at once (it is otherwise scheduled every
 * minute), in the same process as the pages — on the embedded database too.
 */
test("an invitation queued by a journey is delivered to (fake) GOV.UK Notify", async ({ page }, testInfo) => {
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
  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  await expect(delivered).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "E-mails sent to the fake GOV.UK Notify" })).toBeVisible();
  // The subject carries the environment name outside production; the body is the registered template's.
  await expect(delivered.getByRole("heading", { level: 2 })).toHaveText(
    /^\[.+\] Invitation to join Claim funding for mentor training$/,
  );
  await expect(delivered).toContainText("Dear Dee,");
  await checkPage(page);
});
