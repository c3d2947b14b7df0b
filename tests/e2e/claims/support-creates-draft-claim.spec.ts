import { schoolClaimsUrl } from "../support/claims";
import { checkPage, expect, signInAs, test, typeSearch } from "../support/fixtures";

test("a support user creates a draft claim for a school, changes it and removes it", async ({ page }) => {
  test.setTimeout(300_000); // ~20 pages, each with axe, on a shared 2-core machine
  const claimsUrl = await schoolClaimsUrl(page, "Mary", "St Mary's Church of England Primary School");
  await signInAs(page, "claims", "Colin");
  await page.goto(claimsUrl);
  await checkPage(page);
  await page.getByRole("button", { name: "Add claim" }).click();
  // an exact provider name skips the options step
  await typeSearch(page, "Enter the accredited provider", "Best Practice Network");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mentors you are claiming for");
  await checkPage(page);
  await page.getByLabel("Ben Patel").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await checkPage(page);
  await page.getByRole("radio", { name: "Another amount" }).check();
  await page.getByLabel("Number of hours").fill("0");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Enter whole numbers up to a maximum of");
  await checkPage(page);
  await page.getByRole("radio", { name: "Another amount" }).check();
  await page.getByLabel("Number of hours").fill("2");
  await page.getByRole("button", { name: "Continue" }).click();
  // support: no provider confirmation step
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save claim" }).click();

  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim added");
  await checkPage(page);
  await expect(page.locator("main .govuk-tag")).toHaveText("Draft");
  await expect(page.getByText("2 hours").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit claim" })).toHaveCount(0);

  // change the hours (the wizard opens preloaded from the record)
  await page.getByRole("link", { name: "Change hours for Ben Patel" }).click();
  await checkPage(page);
  await expect(page.getByLabel("Number of hours")).toHaveValue("2");
  await page.getByLabel("Number of hours").fill("3");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim updated");
  await expect(page.getByText("3 hours").first()).toBeVisible();
  const reference = (await page.getByRole("heading", { level: 1 }).innerText()).replace("Claim - ", "").trim();

  // remove it
  await page.getByRole("link", { name: "Remove claim" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to remove this claim?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Remove claim" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim removed");
  await checkPage(page);
  await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
});
