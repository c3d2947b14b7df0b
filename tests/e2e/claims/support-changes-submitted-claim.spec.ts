import { enterAnotherAmount, enterProvider, schoolClaimsUrl } from "../support/claims";
import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

/** Each project uses its own provider (allowances are per mentor and provider), so the runs never share hours. */
const PROVIDERS = { js: "Newcastle University", "no-js": "Sheffield Hallam University" } as const;

test("support changes a submitted claim: the claim keeps its reference and shows the earlier version", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000); // ~15 pages, each with axe, on a shared 2-core machine
  const provider = PROVIDERS[testInfo.project.name as keyof typeof PROVIDERS];
  const claimsUrl = await schoolClaimsUrl(page, "Mary", "St Mary's Church of England Primary School");

  // Mary submits a claim for 2 hours of Ben Patel's training
  await signInAs(page, "claims", "Mary");
  await page.goto(claimsUrl);
  await page.getByRole("button", { name: "Add claim" }).click();
  await enterProvider(page, provider);
  await page.getByLabel("Ben Patel").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await enterAnotherAmount(page, "2");
  await page.getByLabel(`I have confirmed the number of training hours with ${provider}`).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Accept and submit" }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
  const reference = (await page.locator(".govuk-panel__body strong").innerText()).trim();
  const claimUrl = page.url().replace(/\/confirmation$/, "");
  await signOut(page);

  // Colin (support) changes the hours from the claim page
  await signInAs(page, "claims", "Colin");
  // the "Claim submitted" panel is the submitter's: support is taken to the claim page
  await page.goto(`${claimUrl}/confirmation`);
  await expect(page).toHaveURL(claimUrl);
  await expect(page.getByRole("heading", { level: 1, name: `Claim - ${reference}` })).toBeVisible();
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  await checkPage(page);
  await page.getByRole("link", { name: "Change hours for Ben Patel" }).click();
  await checkPage(page);
  await enterAnotherAmount(page, "3");
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim updated");
  await checkPage(page);

  // Same claim and reference, still submitted, with 3 hours; the earlier version (2 hours) is listed under it
  await expect(page).toHaveURL(claimUrl);
  await expect(page.getByRole("heading", { level: 1, name: `Claim - ${reference}` })).toBeVisible();
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  const current = page.locator(".govuk-summary-list");
  await expect(current.locator(".govuk-summary-list__row", { hasText: "Ben Patel" }).last()).toContainText("3 hours");
  await expect(page.getByRole("heading", { level: 2, name: "Previous versions" })).toBeVisible();
  const history = page.getByRole("table", { name: /Earlier versions of this claim/ });
  await expect(history.getByRole("row")).toHaveCount(2); // the header and one earlier version
  await expect(history).toContainText("Ben Patel: 2 hours");
  await expect(history).toContainText(provider);
  await signOut(page);

  // The school sees the change and its history too
  await signInAs(page, "claims", "Mary");
  await page.goto(claimUrl);
  await expect(page.getByRole("table", { name: /Earlier versions of this claim/ })).toContainText("Ben Patel: 2 hours");
  await checkPage(page);
});
