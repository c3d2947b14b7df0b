import type { Browser } from "@playwright/test";
import { enterAnotherAmount, schoolClaimsUrl, supportAddsDraft } from "../support/claims";
import { checkPage, expect, signInAs, signOut, test, type Page } from "../support/fixtures";

/** Each project uses its own provider, so the two projects' drafts never share a mentor's hours. */
const PROVIDERS = { js: "Bromley Schools' Collegiate", "no-js": "Cornwall SCITT" } as const;

/** The same school user in a second browser (a second tab or device): two sessions on one draft. */
async function secondSession(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "claims", "Anne");
  return { page, close: () => context.close() };
}

async function openDeclaration(page: Page, claimUrl: string) {
  await page.goto(claimUrl);
  await page.getByRole("button", { name: "Submit claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Submit your claim" })).toBeVisible();
}

async function openHoursChange(page: Page, claimUrl: string, mentor: string) {
  await page.goto(claimUrl);
  await page.getByRole("link", { name: `Change hours for ${mentor}` }).click();
  await enterAnotherAmount(page, "3");
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
}

async function expectChangedBySomeoneElse(page: Page, claimsUrl: string) {
  await expect(page).toHaveURL(claimsUrl);
  const banner = page.locator(".govuk-notification-banner");
  await expect(banner.locator(".govuk-notification-banner__title")).toHaveText("Important");
  await expect(banner).toContainText("This claim has been changed by someone else");
  await checkPage(page);
}

test("a change that loses the race to a submit in another session is told the claim was changed by someone else", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000); // two sessions, ~10 pages, on a shared 2-core machine
  const provider = PROVIDERS[testInfo.project.name as keyof typeof PROVIDERS];
  const claimsUrl = await schoolClaimsUrl(page, "Anne");
  await signInAs(page, "claims", "Colin");
  const claimUrl = await supportAddsDraft(page, claimsUrl, { provider, mentor: "Sarah Ahmed", hours: "1" });
  await signOut(page);
  await signInAs(page, "claims", "Anne");
  const other = await secondSession(browser);
  try {
    await openHoursChange(page, claimUrl, "Sarah Ahmed");
    await checkPage(page);
    // Meanwhile the draft is submitted as it stands, from the other session's declaration page
    await openDeclaration(other.page, claimUrl);
    await other.page.getByRole("button", { name: "Accept and submit" }).click();
    await expect(other.page.locator(".govuk-panel__title")).toHaveText("Claim submitted");

    await page.getByRole("button", { name: "Accept and submit" }).click();
    await expectChangedBySomeoneElse(page, claimsUrl);

    // Submitted once, with the hours of the submit that won
    await page.goto(claimUrl);
    await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
    await expect(page.locator(".govuk-summary-list__row", { hasText: "Sarah Ahmed" }).last()).toContainText("1 hour");
    await expect(page.getByText("3 hours")).toHaveCount(0);
  } finally {
    await other.close();
  }
});
