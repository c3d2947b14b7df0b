import { anotherAmountField, enterAnotherAmount, enterProvider } from "../support/claims";
import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

/**
 * Every bad "Another amount" is a GOV.UK field error, never a server error. (The same list, and
 * more, is checked on the parser in server/claims/claim/claim.test.ts.) Nothing is saved, so both
 * projects can use the same mentor and provider.
 */
const MAXIMUM = "Enter whole numbers up to a maximum of 16 hours";
const BAD_HOURS = [
  ["-1", MAXIMUM],
  ["0", MAXIMUM],
  ["1.5", MAXIMUM],
  ["21", MAXIMUM],
  ["2147483648", MAXIMUM],
  ["", "Enter the number of hours"],
  ["٥", MAXIMUM], // Arabic-Indic five
] as const;

test("a school user typing impossible hours sees a field error for each, then continues with a whole number", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~12 pages, each with axe, on a shared 2-core machine
  const serverErrors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) serverErrors.push(`${response.status()} ${response.url()}`);
  });
  const provider = "Suffolk and Norfolk SCITT";

  await signInAs(page, "claims", "Anne");
  const claimsUrl = page.url();
  await page.getByRole("button", { name: "Add claim" }).click();
  await enterProvider(page, provider);
  await page.getByLabel("James Bennett").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hours of training for James Bennett");
  const hoursUrl = page.url();
  const field = anotherAmountField(page);

  for (const [typed, message] of BAD_HOURS) {
    await enterAnotherAmount(page, typed);
    await expect(page).toHaveURL(hoursUrl);
    await expectValidationError(page, message);
    await expect(field, "the error describes the field").toHaveAccessibleDescription(new RegExp(message));
    await expect(field, "the typed value is shown again").toHaveValue(typed);
    await checkPage(page);
  }

  await enterAnotherAmount(page, "16");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Confirm the hours of training");
  await checkPage(page);
  expect(serverErrors).toEqual([]);

  // leaving the wizard saves nothing
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(claimsUrl);
  await expect(page.getByRole("row").filter({ hasText: provider })).toHaveCount(0);
});
