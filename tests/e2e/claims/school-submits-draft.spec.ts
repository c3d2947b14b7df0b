import type { Page } from "@playwright/test";
import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

/** St Mary's CofE Primary's claims page URL, found as Mary would. */
async function stMarysClaimsUrl(page: Page) {
  await signInAs(page, "claims", "Mary");
  await page.getByRole("link", { name: "St Mary's Church of England Primary School" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  const url = page.url();
  await signOut(page);
  return url;
}

/** Support adds a draft for St Mary's with one mentor; returns the claim page URL. */
async function supportAddsDraft(page: Page, claimsUrl: string, mentor: string, hours: string) {
  await signInAs(page, "claims", "Colin");
  await page.goto(claimsUrl);
  await page.getByRole("button", { name: "Add claim" }).click();
  await page.getByLabel("Enter the accredited provider").fill("Best Practice Network");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel(mentor).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("radio", { name: "Another amount" }).check();
  await page.getByLabel("Number of hours").fill(hours);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim added");
  return page.url();
}



test("a school user submits a draft that support created, through the declaration page", async ({ page }) => {
  test.setTimeout(300_000); // ~20 pages, each with axe, on a shared 2-core machine
  const claimsUrl = await stMarysClaimsUrl(page);
  const js = test.info().project.name === "js";
  const claimUrl = await supportAddsDraft(page, claimsUrl, js ? "Chloe O’Brien" : "Ben Patel", "1");
  await signOut(page);

  await signInAs(page, "claims", "Mary");
  await page.goto(claimUrl);
  await checkPage(page);
  await expect(page.locator("main .govuk-tag")).toHaveText("Draft");
  await expect(page.getByText("This claim was added by the support team")).toBeVisible();
  await page.getByRole("button", { name: "Submit claim" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Submit your claim" })).toBeVisible();
  await checkPage(page);
  const declarationUrl = page.url();
  await page.getByRole("button", { name: "Accept and submit" }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
  await checkPage(page);
  const reference = (await page.locator(".govuk-panel__body strong").innerText()).trim();

  // the declaration page is gone once submitted (not found), and the claim shows as submitted
  const again = await page.goto(declarationUrl);
  expect(again?.status()).toBe(404);
  await page.goto(claimUrl);
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Claim - ${reference}`);
  await checkPage(page);
});
