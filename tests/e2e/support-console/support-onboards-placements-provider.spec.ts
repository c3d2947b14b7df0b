import { checkPage, expect, expectValidationError, signInAs, test, typeSearch } from "../support/fixtures";

test.describe.configure({ timeout: 300_000 });

/** Placements console: support onboards a teacher training provider (type → search → options → check). */
test("support onboards a provider into Manage school placements", async ({ page }, testInfo) => {
  const provider = testInfo.project.name === "js" ? "Cornwall SCITT" : "Suffolk and Norfolk SCITT";
  await signInAs(page, "placements", "Colin");
  await page.getByRole("button", { name: "Add organisation" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisation type");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select an organisation type");
  await checkPage(page);
  await page.getByLabel("Teacher training provider").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter a provider name, code or postcode");
  await checkPage(page);
  await typeSearch(page, "Enter a provider name, code or postcode", "SCITT");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Select an organisation");
  await checkPage(page);
  await page.getByLabel(provider).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.locator(".govuk-summary-list")).toContainText(provider);
  await checkPage(page);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Organisation added");
  await checkPage(page);

  await typeSearch(page, "Search by organisation name or postcode", provider);
  await page.getByRole("button", { name: "Search" }).click();
  // The type column names the provider's type.
  await expect(page.getByRole("row", { name: new RegExp(provider) })).toContainText(/SCITT|Lead school|University/);

  // Onboarding the same provider again is refused with a field error.
  await page.getByRole("button", { name: "Add organisation" }).click();
  await page.getByLabel("Teacher training provider").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await typeSearch(page, "Enter a provider name, code or postcode", provider);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel(provider).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, `${provider} has already been added`);
  await checkPage(page);
});
