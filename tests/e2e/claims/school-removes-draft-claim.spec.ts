import { claimReference, schoolClaimsUrl, supportAddsDraft } from "../support/claims";
import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

/** Each project removes its own draft (one provider each, so no allowance is shared). */
const PROVIDERS = { js: "Teach First", "no-js": "Ambition Institute" } as const;

test("a school user removes a draft claim after confirming, and it leaves the claims list", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000); // ~10 pages, each with axe, on a shared 2-core machine
  const provider = PROVIDERS[testInfo.project.name as keyof typeof PROVIDERS];
  const claimsUrl = await schoolClaimsUrl(page, "Anne");
  await signInAs(page, "claims", "Colin");
  const claimUrl = await supportAddsDraft(page, claimsUrl, { provider, mentor: "Daniel Okafor", hours: "1" });
  await signOut(page);

  await signInAs(page, "claims", "Anne");
  await page.goto(claimUrl);
  const reference = await claimReference(page);
  await page.goto(claimsUrl);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: reference }) });
  await expect(row).toContainText(provider);
  await expect(row).toContainText("Draft");
  await checkPage(page);
  await row.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Claim - ${reference}` })).toBeVisible();
  await checkPage(page);

  // Cancel on the confirmation page keeps the claim
  await page.getByRole("link", { name: "Remove claim" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to remove this claim?" }),
  ).toBeVisible();
  await expect(page.locator(".govuk-caption-l")).toHaveText(`Claim - ${reference}`);
  await checkPage(page);
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL(claimUrl);
  await expect(page.locator("main .govuk-tag")).toHaveText("Draft");

  await page.getByRole("link", { name: "Remove claim" }).click();
  const removeUrl = page.url();
  await page.getByRole("button", { name: "Remove claim" }).click();

  await expect(page).toHaveURL(claimsUrl);
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Claim removed");
  await checkPage(page);
  await expect(page.getByRole("link", { name: reference })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: provider })).toHaveCount(0);

  // the claim and its confirmation page are gone
  expect((await page.goto(claimUrl))?.status()).toBe(404);
  expect((await page.goto(removeUrl))?.status()).toBe(404);
  await checkPage(page);
});
