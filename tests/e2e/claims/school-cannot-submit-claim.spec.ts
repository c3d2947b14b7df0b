import { enterProvider, schoolClaimsUrl, supportAddsDraft } from "../support/claims";
import { checkPage, expect, signInAs, test } from "../support/fixtures";

/** Each project uses its own provider, whose allowance for Priya Chauhan no other journey touches. */
const PROVIDERS = { js: "Harris Initiative Teacher Training", "no-js": "Essex and Thames SCITT" } as const;

test("a school user whose mentor's hours are used up while in the wizard cannot submit the claim", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000); // ~10 pages, each with axe, on a shared 2-core machine
  const provider = PROVIDERS[testInfo.project.name as keyof typeof PROVIDERS];
  const claimsUrl = await schoolClaimsUrl(page, "Anne");
  const providerRows = page.getByRole("row").filter({ hasText: provider });

  // Anne starts a claim for all of Priya's hours with the provider, up to check your answers
  await signInAs(page, "claims", "Anne");
  await expect(providerRows).toHaveCount(0);
  await page.getByRole("button", { name: "Add claim" }).click();
  await enterProvider(page, provider);
  await page.getByLabel("Priya Chauhan").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Priya Chauhan (TRN 1000003) is eligible for 16 hours of training.")).toBeVisible();
  await page.getByLabel("16 hours").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel(`I have confirmed the number of training hours with ${provider}`).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);

  // meanwhile, in another browser, support adds a draft that uses Priya's hours with the same provider
  const support = await browser.newContext();
  try {
    const supportPage = await support.newPage();
    await signInAs(supportPage, "claims", "Colin");
    await supportAddsDraft(supportPage, claimsUrl, { provider, mentor: "Priya Chauhan", hours: "maximum" });
  } finally {
    await support.close();
  }

  await page.getByRole("button", { name: "Accept and submit" }).click();
  await expect(page).toHaveURL(/\/claims\/schools\/[0-9a-f-]{36}\/claims\/rejected$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot submit the claim");
  await expect(page.getByText("Your claim has not been submitted.")).toBeVisible();
  await checkPage(page);
  await page.screenshot({ path: `/tmp/claims-b-rejected-${testInfo.project.name}.png`, fullPage: true });

  // no claim of Anne's: the provider's only claim is support's draft
  await page.getByRole("link", { name: "Back to claims" }).click();
  await expect(page).toHaveURL(claimsUrl);
  await checkPage(page);
  await expect(providerRows).toHaveCount(1);
  await expect(providerRows).toContainText("Draft");
  await expect(providerRows).not.toContainText("Submitted");
});
