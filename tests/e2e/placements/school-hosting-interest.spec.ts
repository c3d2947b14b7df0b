import type { Page } from "@playwright/test";
import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

test.describe.configure({ timeout: 600_000 });

const continueButton = (page: Page) => page.getByRole("button", { name: "Continue" });
const h1 = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 1, name });

async function openSchool(page: Page, name: RegExp) {
  await signInAs(page, "placements", "Mary");
  await page.getByRole("link", { name }).click();
}

/** Deletes every placement on the list (the last one takes the year's hosting interest with it). */
async function deleteAllPlacements(page: Page, listPath: string) {
  await page.goto(listPath);
  const links = page.locator("main table a.govuk-link");
  while ((await links.count()) > 0) {
    await links.first().click();
    await page.getByRole("link", { name: "Delete placement" }).click();
    await page.getByRole("button", { name: "Delete placement" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Placement deleted");
  }
}

test("first sign-in: a primary school says Yes with several year groups at once, then bulk adds more", async ({
  page,
}) => {
  await openSchool(page, /Gospel Oak/);
  // No hosting interest for the year: the school lands on the wizard.
  await expect(
    h1(page, /^Can your school offer placements for trainee teachers in the \d{4} to \d{4} academic year\?$/),
  ).toBeVisible();
  await checkPage(page);
  const schoolPath = new URL(page.url()).pathname.split("/hosting-interest")[0];
  await continueButton(page).click();
  await expectValidationError(page, "Select whether you can offer placements");
  await checkPage(page);
  await page.getByLabel("Yes - I can offer placements").check();
  await continueButton(page).click();

  // A primary school: no phase question.
  await expect(h1(page, "Which primary school year groups can you offer placements in?")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Year 1").check();
  await page.getByLabel("Year 3").check();
  await continueButton(page).click();

  await expect(h1(page, "How many placements can you offer in each year group?")).toBeVisible();
  await page.getByLabel("Year 1").fill("0");
  await page.getByLabel("Year 3").fill("1");
  await continueButton(page).click();
  await expectValidationError(page, "Year 1 must be a whole number between 1 and 20");
  await checkPage(page);
  await page.getByLabel("Year 1").fill("2");
  await continueButton(page).click();

  await expect(h1(page, "Who should providers contact?")).toBeVisible();
  await expect(page.getByLabel("First name")).toHaveValue("Nadia");
  await checkPage(page);
  await continueButton(page).click();

  await expect(h1(page, "Check your answers")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Placements to add (3)" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save placements" }).click();

  await expect(h1(page, "What happens next?")).toBeVisible();
  await expect(page.locator("main")).toContainText("You have 3 placements");
  await checkPage(page);
  await page.getByRole("link", { name: "Go to your placements" }).click();
  await expect(page.getByRole("link", { name: "Primary (Year 1)" })).toHaveCount(2);
  await expect(page.getByRole("row").filter({ hasText: "Primary (Year 3)" })).toContainText("Draft");
  await checkPage(page);

  // Bulk add from the placements page.
  await page.getByRole("button", { name: "Bulk add placements" }).click();
  await expect(h1(page, "Which primary school year groups can you offer placements in?")).toBeVisible();
  await page.getByLabel("Year 6").check();
  await continueButton(page).click();
  await page.getByLabel("Year 6").fill("1");
  await continueButton(page).click();
  await expect(h1(page, "Check your answers")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save placements" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placements added");
  await expect(page.getByRole("link", { name: "Primary (Year 6)" })).toBeVisible();
  await checkPage(page);

  // Tidy up: deleting the last placement deletes the hosting interest; the school is asked again.
  await deleteAllPlacements(page, `${schoolPath}/placements`);
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "You no longer have placement information available",
  );
  await page.goto(schoolPath);
  await expect(h1(page, /^Can your school offer placements/)).toBeVisible();
});

test("Maybe: a secondary school shares potential placements and later turns them into placements", async ({ page }) => {
  await openSchool(page, /Hillside/);
  await expect(h1(page, /^Can your school offer placements/)).toBeVisible();
  const schoolPath = new URL(page.url()).pathname.split("/hosting-interest")[0];
  await page.getByLabel("Maybe - I’m not sure yet").check();
  await continueButton(page).click();

  await expect(h1(page, "Which secondary school subjects could you offer placements in?")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Mathematics").check();
  await page.getByLabel("Modern Languages").check();
  await continueButton(page).click();

  await expect(h1(page, "How many placements could you offer in each subject?")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Mathematics").fill("2");
  await continueButton(page).click();

  await expect(h1(page, "Is there anything about your school you would like providers to know?")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Is there anything about your school").fill("Tuesdays only");
  await continueButton(page).click();
  await expect(h1(page, "Who should providers contact?")).toBeVisible();
  await continueButton(page).click();

  await expect(h1(page, "Confirm and share what you may be able to offer")).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("Mathematics (2), Modern Languages");
  await checkPage(page);
  await page.getByRole("button", { name: "Confirm and share" }).click();

  await expect(h1(page, "What happens next?")).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("Tuesdays only");
  await checkPage(page);
  await page.getByRole("link", { name: "Go to your placements" }).click();
  await expect(page.getByRole("heading", { name: /^Potential placements for/ })).toBeVisible();
  await expect(page.locator("main .govuk-tag").first()).toHaveText("May offer placements");
  await checkPage(page);

  // Convert: the subjects come pre-selected; the unknown quantity is asked.
  await page.getByRole("button", { name: "Add placements" }).click();
  await expect(h1(page, "Which secondary school subjects can you offer placements in?")).toBeVisible();
  await expect(page.getByLabel("Mathematics")).toBeChecked();
  await checkPage(page);
  await continueButton(page).click();
  await page.getByLabel("Mathematics").fill("2");
  await page.getByLabel("Modern Languages").fill("1");
  await continueButton(page).click();
  await expect(h1(page, "Select the languages")).toBeVisible();
  await continueButton(page).click();
  await expectValidationError(page, "Select a language");
  await checkPage(page);
  await page.getByLabel("French").check();
  await continueButton(page).click();
  await expect(h1(page, "Check your answers")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Placements to add (3)" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save placements" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placements added");
  await expect(page.getByRole("link", { name: "Mathematics" })).toHaveCount(2);
  await expect(page.getByRole("link", { name: "French" })).toBeVisible();
  await checkPage(page);

  await deleteAllPlacements(page, `${schoolPath}/placements`);
});

test("No: reasons, help from the nearest providers, the not-offering page; then changed to Yes", async ({ page }) => {
  await signInAs(page, "placements", "Anne");
  const header = page.locator("main p").filter({ hasText: "Academic year" });
  const nextYear = (await header.innerText()).match(/\d{4} to \d{4}/)![0];
  await page.getByRole("link", { name: "Change academic year" }).click();
  await page.getByLabel(/^This year/).check();
  await continueButton(page).click();
  // Riverside has no hosting interest for this year: the wizard.
  await expect(h1(page, /^Can your school offer placements/)).toBeVisible();
  const schoolPath = new URL(page.url()).pathname.split("/hosting-interest")[0];
  await page.getByLabel("No - I can’t offer placements").check();
  await continueButton(page).click();

  await expect(h1(page, "What are your reasons for not taking part in ITT this year?")).toBeVisible();
  await continueButton(page).click();
  await expectValidationError(page, "Select your reasons for not taking part in ITT");
  await checkPage(page);
  await page.getByLabel("Not enough trained mentors").check();
  await page.getByLabel("Other", { exact: true }).check();
  await continueButton(page).click();
  await expectValidationError(page, "Enter your reason for not taking part in ITT");
  await checkPage(page);
  await page.getByLabel("Tell us your reason").fill("Building work");
  await continueButton(page).click();

  await expect(h1(page, "Help available to you")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("miles");
  await checkPage(page);
  await continueButton(page).click();
  await expect(h1(page, "Who should providers contact?")).toBeVisible();
  await continueButton(page).click();

  await expect(h1(page, "Are you sure you do not want to be contacted about placements?")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Your profile has been updated");
  await expect(page.getByRole("heading", { name: /^You are not offering placements in/ })).toBeVisible();
  await expect(page.locator("main")).toContainText("Other: Building work");
  await checkPage(page);

  // Change to Yes (no contact step in the edit wizard).
  await page.getByRole("link", { name: "Change placement availability" }).click();
  await expect(h1(page, /^Can your school offer placements/)).toBeVisible();
  await expect(page.getByLabel("No - I can’t offer placements")).toBeChecked();
  await checkPage(page);
  await page.getByLabel("Yes - I can offer placements").check();
  await continueButton(page).click();
  await page.getByLabel("Year 2").check();
  await continueButton(page).click();
  await page.getByLabel("Year 2").fill("1");
  await continueButton(page).click();
  await expect(h1(page, "Check your answers")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save placements" }).click();
  await expect(h1(page, "What happens next?")).toBeVisible();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement availability updated");
  await checkPage(page);

  // Tidy up, and back to next year for the journeys that follow.
  await deleteAllPlacements(page, `${schoolPath}/placements`);
  await page.getByRole("link", { name: "Change academic year" }).click();
  await page.getByLabel(`Next year (${nextYear})`).check();
  await continueButton(page).click();
  await expect(header).toContainText(nextYear);
});
