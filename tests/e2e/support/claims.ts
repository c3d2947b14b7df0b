import { expect, signInAs, signOut, type Page, typeSearch } from "./fixtures";

/**
 * Helpers for the claims journeys (tests/e2e/claims). The pages they pass through are checked
 * (page contract + axe) by the journeys that are about them; these only set data up.
 */

/** A school's claims page URL, found as its user would (signs in, then out again). */
export async function schoolClaimsUrl(page: Page, persona: string, schoolName?: string) {
  await signInAs(page, "claims", persona);
  if (schoolName) await page.getByRole("link", { name: schoolName }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  const url = page.url();
  await signOut(page);
  return url;
}

/** On an hours step: the number field of "Another amount" (revealed by that radio when JavaScript runs). */
export function anotherAmountField(page: Page) {
  return page.getByLabel("Number of hours");
}

/** On an hours step: "Another amount" with the hours typed in, then Continue. */
export async function enterAnotherAmount(page: Page, hours: string) {
  await page.getByRole("radio", { name: "Another amount" }).check();
  await anotherAmountField(page).fill(hours);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** On the provider step: an exact provider name, which skips the options step. */
export async function enterProvider(page: Page, providerName: string) {
  await typeSearch(page, "Enter the accredited provider", providerName);
  await page.getByRole("button", { name: "Continue" }).click();
}

/**
 * Support (Colin, signed in on `page`) adds a draft claim for a school with one mentor and
 * returns the new claim's page URL. `hours` is "maximum" or a number typed as another amount.
 */
export async function supportAddsDraft(
  page: Page,
  claimsUrl: string,
  claim: { provider: string; mentor: string; hours: string },
) {
  await page.goto(claimsUrl);
  await page.getByRole("button", { name: "Add claim" }).click();
  await enterProvider(page, claim.provider);
  await page.getByLabel(claim.mentor).check();
  await page.getByRole("button", { name: "Continue" }).click();
  if (claim.hours === "maximum") {
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Continue" }).click();
  } else {
    await enterAnotherAmount(page, claim.hours);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim added");
  return page.url();
}

/** The claim's reference, from its page's heading ("Claim - 12345678"). */
export async function claimReference(page: Page) {
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  const reference = heading.replace("Claim - ", "").trim();
  expect(reference).toMatch(/^[0-9]{8}$/);
  return reference;
}

/** A GOV.UK error summary line that belongs to no field (e.g. a conflict), and "Error:" in the title. */
export async function expectFormError(page: Page, message: string) {
  const summary = page.locator(".govuk-error-summary");
  await expect(summary.locator(".govuk-error-summary__title")).toHaveText("There is a problem");
  const item = summary.locator(".govuk-error-summary__list li", { hasText: message });
  await expect(item).toBeVisible();
  // A linked line must lead somewhere on the page (GOV.UK: the link moves focus to the problem).
  for (const href of await item.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href, "an in-page link").toMatch(/^#./);
    await expect(page.locator(`[id="${href.slice(1)}"]`), `the target of ${href}`).toHaveCount(1);
  }
  await expect(page).toHaveTitle(/^Error: /);
}
