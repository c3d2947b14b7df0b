import { checkPage, expect, expectValidationError, signInAs, test, typeSearch } from "../support/fixtures";

/**
 * Anne (Springfield Primary School) adds a claim. The js and no-js projects share one database,
 * so each uses its own accredited provider (the allowance is per mentor and provider).
 */
test("a school user adds a claim through the wizard, sees validation errors, and a resubmit makes no second claim", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~20 pages, each with axe, on a shared 2-core machine
  const js = test.info().project.name === "js";
  const search = js ? "Best Practice" : "Leeds";
  const providerName = js ? "Best Practice Network" : "University of Leeds";

  await signInAs(page, "claims", "Anne");
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Add claim" }).click();

  // provider: empty, then a search with several options
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Enter the accredited provider");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter the accredited provider");
  await checkPage(page);
  await typeSearch(page, "Enter the accredited provider", search);
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Select the accredited provider");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select the accredited provider");
  await checkPage(page);
  await page.getByLabel(providerName).check();
  await page.getByRole("button", { name: "Continue" }).click();

  // mentors
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mentors you are claiming for");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select a mentor");
  await checkPage(page);
  await page.getByLabel("James Bennett").check();
  await page.getByLabel("Sarah Ahmed").check();
  await page.getByRole("button", { name: "Continue" }).click();

  // hours for the first mentor: bad input, then another amount
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hours of training for James Bennett");
  await expect(page.getByText("James Bennett (TRN 1000002) is eligible for 16 hours of training.")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select the number of hours");
  // "Another amount" reveals its number field with JavaScript; without it the field is always shown.
  await expect(page.getByLabel("Number of hours")).toBeVisible({ visible: !js });
  await page.getByRole("radio", { name: "Another amount" }).check();
  await expect(page.getByLabel("Number of hours")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Number of hours").fill("abc");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter whole numbers up to a maximum of 16 hours");
  await checkPage(page);
  await page.getByRole("radio", { name: "Another amount" }).check();
  await page.getByLabel("Number of hours").fill("17");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter whole numbers up to a maximum of 16 hours");
  await page.getByRole("radio", { name: "Another amount" }).check();
  await page.getByLabel("Number of hours").fill("5");
  await page.getByRole("button", { name: "Continue" }).click();

  // second mentor: the maximum
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hours of training for Sarah Ahmed");
  await checkPage(page);
  await page.getByLabel("16 hours").check();
  await page.getByRole("button", { name: "Continue" }).click();

  // confirmation
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Confirm the hours of training");
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Confirm that you have agreed the number of hours with the accredited provider");
  await checkPage(page);
  await page.getByLabel(`I have confirmed the number of training hours with ${providerName}`).check();
  await page.getByRole("button", { name: "Continue" }).click();

  // check your answers: Leeds is Rest of England (£43.80); 21 hours = £919.80
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  const summary = page.locator(".govuk-summary-list");
  await expect(summary.getByText(providerName)).toBeVisible();
  await expect(summary.getByText("21 hours")).toBeVisible();
  await expect(summary.getByText("£43.80")).toBeVisible();
  await expect(summary.getByText("£919.80")).toBeVisible();

  // change the first mentor's hours from check your answers and come back
  await page.getByRole("link", { name: "Change hours for James Bennett" }).click();
  await checkPage(page);
  await page.getByLabel("Number of hours").fill("4");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(summary.getByText("£876.00")).toBeVisible();
  const checkUrl = page.url();

  await page.getByRole("button", { name: "Accept and submit" }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
  await checkPage(page);
  const reference = (await page.locator(".govuk-panel__body strong").innerText()).trim();
  expect(reference).toMatch(/^[0-9]{8}$/);
  const confirmationUrl = page.url();

  // back to check your answers and submit again: the same claim, no second one
  await page.goto(checkUrl);
  await page.getByRole("button", { name: "Accept and submit" }).click();
  await expect(page).toHaveURL(confirmationUrl);
  await expect(page.locator(".govuk-panel__body strong")).toHaveText(reference);

  await page.getByRole("link", { name: "View all claims" }).click();
  await checkPage(page);
  await expect(page.getByRole("link", { name: reference })).toHaveCount(1);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
  await expect(row).toContainText(providerName);
  await expect(row).toContainText("Submitted");
  await expect(row).toContainText("£876.00");
});
