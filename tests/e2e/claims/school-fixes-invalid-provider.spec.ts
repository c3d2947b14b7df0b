import { checkPage, expect, expectValidationError, signInAs, signOut, test, typeSearch } from "../support/fixtures";

/**
 * Mary's Hillside Academy has two claims whose provider lost its accreditation (seed: status invalid_provider), one per
 * project (js and no-js share one database). Best Practice Network cannot take them: the mentor has too few hours left
 * with it after claim 10000001, so the wizard explains that and she picks another accredited provider.
 */
const CASES = {
  js: {
    reference: "10000003",
    oldProvider: "Oakwood Teaching School Alliance",
    mentor: "Emma Fletcher",
    hours: 6,
    left: 4,
    search: "Ambition",
    provider: "Ambition Institute",
  },
  "no-js": {
    reference: "10000004",
    oldProvider: "Riverside Lead School Partnership",
    mentor: "Tom Harding",
    hours: 12,
    left: 10,
    search: "Teach",
    provider: "Teach First",
  },
} as const;

test("a school user replaces a claim's invalid provider, is told when a provider cannot take the hours, and submits", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000); // ~15 pages, each with axe, on a shared 2-core machine
  const c = CASES[testInfo.project.name as keyof typeof CASES];

  await signInAs(page, "claims", "Mary");
  await page.getByRole("link", { name: "Hillside Academy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: c.reference }) })).toContainText(
    "Invalid provider",
  );
  await page.getByRole("link", { name: c.reference }).click();
  const claimUrl = page.url();

  // another school's user: the claim and the wizard are not found
  await signOut(page);
  await signInAs(page, "claims", "Anne");
  expect((await page.goto(claimUrl))?.status()).toBe(404);
  expect((await page.goto(`${claimUrl}/invalid-provider`))?.status()).toBe(404);
  await checkPage(page);
  await signOut(page);
  await signInAs(page, "claims", "Mary");

  // the claim page: red tag, warning with the change link, removal allowed
  await page.goto(claimUrl);
  await expect(page.getByRole("heading", { level: 1, name: `Claim - ${c.reference}` })).toBeVisible();
  await expect(page.locator("main .govuk-tag")).toHaveText("Invalid provider");
  await expect(page.locator("main .govuk-tag")).toHaveClass(/govuk-tag--red/);
  const warning = page.locator(".govuk-warning-text");
  await expect(warning).toContainText(`${c.oldProvider} is no longer an accredited provider.`);
  await expect(page.getByRole("link", { name: "Remove claim" })).toBeVisible();
  await checkPage(page);
  await page.screenshot({ path: testInfo.outputPath("claim-page-invalid-provider.png"), fullPage: true });
  await warning.getByRole("link", { name: "Change the accredited provider" }).click();

  // provider step (the add-claim wizard's): empty is an error
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the accredited provider");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter the accredited provider");
  await checkPage(page);

  // a provider the mentor has not got enough hours left with
  await typeSearch(page, "Enter the accredited provider", "Best Practice Network");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unable to assign provider");
  await expect(page.getByText("You cannot assign this claim to Best Practice Network.")).toBeVisible();
  await expect(page.locator("main li", { hasText: c.mentor })).toHaveText(
    `${c.mentor}: ${c.hours} hours in this claim, ${c.left} hours left`,
  );
  await expect(page.getByRole("link", { name: "remove this claim" })).toHaveAttribute(
    "href",
    new URL(`${claimUrl}/remove`).pathname,
  );
  await checkPage(page);
  await page.screenshot({ path: testInfo.outputPath("unable-to-assign-provider.png"), fullPage: true });
  await page.getByRole("link", { name: "Change the accredited provider" }).click();

  // another search, through the options step
  await expect(page.getByLabel("Enter the accredited provider")).toHaveValue("Best Practice Network");
  await typeSearch(page, "Enter the accredited provider", c.search);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Select the accredited provider");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select the accredited provider");
  await checkPage(page);
  await page.getByLabel(c.provider).check();
  await page.getByRole("button", { name: "Continue" }).click();

  // check your answers: Hillside is Inner London (£53.60 an hour)
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  const answers = page.locator(".govuk-summary-list");
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Accredited provider" })).toContainText(
    c.provider,
  );
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Claim amount" })).toContainText(
    `£${((5360 * c.hours) / 100).toFixed(2)}`,
  );
  await expect(page.locator("main").getByRole("link", { name: /^Change/ })).toHaveCount(1);
  await checkPage(page);
  const checkUrl = page.url();
  await page.getByRole("button", { name: "Accept and submit" }).click();

  await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
  await expect(page.locator(".govuk-panel__body strong")).toHaveText(c.reference);
  await checkPage(page);
  const confirmationUrl = page.url();

  // back to check your answers (browser history): the confirmation again, not a second submission
  await page.goto(checkUrl);
  await expect(page).toHaveURL(confirmationUrl);

  // the claim is submitted with the new provider; the wizard is gone
  await page.goto(claimUrl);
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  await expect(page.locator(".govuk-warning-text")).toHaveCount(0);
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Accredited provider" })).toContainText(c.provider);
  await expect(page.getByRole("link", { name: "Remove claim" })).toHaveCount(0);
  await checkPage(page);
  expect((await page.goto(`${claimUrl}/invalid-provider`))?.status()).toBe(404);
});
