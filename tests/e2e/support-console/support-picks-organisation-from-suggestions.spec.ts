import {
  checkPage,
  expect,
  expectValidationError,
  pickSuggestion,
  signInAs,
  test,
  typeSearch,
} from "../support/fixtures";

/**
 * The support console's search fields (AutocompleteField). With JavaScript: the organisations list search suggests
 * onboarded organisations, and "Add organisation" suggests GIAS schools; a pick goes straight to check your answers.
 * Without it: search → options, unchanged. Nothing is added.
 */
test.describe.configure({ timeout: 300_000 });

const ADD_LABEL = "Enter a school name, URN or postcode";
const NEW_SCHOOL = "King Edward VI Camp Hill School for Boys";

test("support picks organisations from suggestions with JavaScript, and searches without it", async ({ page }) => {
  const js = test.info().project.name === "js";
  const heading = page.getByRole("heading", { level: 1 });
  await signInAs(page, "claims", "Colin");

  if (js) {
    await pickSuggestion(page, "Search by organisation name, URN or postcode", "Cotham", "Cotham School");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(heading).toHaveText("Organisations (1)");
    await expect(page.getByRole("link", { name: "Cotham School" })).toBeVisible();
    await checkPage(page);
  }

  await page.getByRole("button", { name: "Add organisation", exact: true }).click();
  await expect(heading).toHaveText(ADD_LABEL);
  if (!js) {
    await typeSearch(page, ADD_LABEL, "Camp Hill");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(heading).toHaveText("Select an organisation");
    await expect(page.getByLabel(NEW_SCHOOL)).toBeVisible();
    await checkPage(page);
    return;
  }

  await pickSuggestion(page, ADD_LABEL, "Camp Hill", NEW_SCHOOL);
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(heading).toHaveText("Check your answers");
  await expect(page.locator(".govuk-summary-list")).toContainText(NEW_SCHOOL);
  await checkPage(page);

  // Back to the search; a school already in the service is refused on the search field itself.
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(heading).toHaveText(ADD_LABEL);
  await page.getByLabel(ADD_LABEL, { exact: true }).fill("");
  await pickSuggestion(page, ADD_LABEL, "Cotham", "Cotham School");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Cotham School has already been added");
  await checkPage(page);
});
