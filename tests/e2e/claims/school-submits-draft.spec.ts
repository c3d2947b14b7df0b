import { schoolClaimsUrl, supportAddsDraft } from "../support/claims";
import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

const ST_MARYS = "St Mary's Church of England Primary School";

test("a school user submits a draft that support created, through the declaration page", async ({ page }) => {
  test.setTimeout(300_000); // ~20 pages, each with axe, on a shared 2-core machine
  const claimsUrl = await schoolClaimsUrl(page, "Mary", ST_MARYS);
  const js = test.info().project.name === "js";
  await signInAs(page, "claims", "Colin");
  const claimUrl = await supportAddsDraft(page, claimsUrl, {
    provider: "Best Practice Network",
    mentor: js ? "Chloe O’Brien" : "Ben Patel",
    hours: "1",
  });
  await signOut(page);

  await signInAs(page, "claims", "Mary");
  await page.goto(claimUrl);
  await checkPage(page);
  await expect(page.locator("main .govuk-tag")).toHaveText("Draft");
  await expect(page.getByText("This claim was added by the support team")).toBeVisible();
  await page.getByRole("button", { name: "Submit claim" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Submit your claim" })).toBeVisible();
  await checkPage(page);
  const declarationUrl = page.url();
  await page.getByRole("button", { name: "Accept and submit" }).click();
  await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
  await checkPage(page);
  const reference = (await page.locator(".govuk-panel__body strong").innerText()).trim();

  // the declaration page is gone once submitted (not found), and the claim shows as submitted
  const again = await page.goto(declarationUrl);
  expect(again?.status()).toBe(404);
  await page.goto(claimUrl);
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Claim - ${reference}`);
  await checkPage(page);
});
