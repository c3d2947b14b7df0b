import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

test("a school user views claims, a claim's details and another academic year; another school's user gets 404", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~20 pages, each with axe, on a shared 2-core machine
  await signInAs(page, "claims", "Mary");
  await page.getByRole("link", { name: "Hillside Academy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  await checkPage(page);
  const submitted = page.getByRole("row").filter({ has: page.getByRole("link", { name: "10000001" }) });
  await expect(submitted).toContainText("Best Practice Network");
  await expect(submitted).toContainText("Submitted");
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: "10000002" }) })).toContainText(
    "Draft",
  );

  await page.getByRole("link", { name: "10000001" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim - 10000001" })).toBeVisible();
  await checkPage(page);
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  await expect(page.getByText("Submitted by Mary")).toBeVisible();
  await expect(page.getByText("18 hours")).toBeVisible();
  // no change links or submit for a submitted claim
  await expect(page.locator("main").getByRole("link", { name: /^Change/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Remove claim" })).toHaveCount(0);
  const claimUrl = page.url();

  // the draft offers Submit and Remove
  await page.goto(claimUrl.replace(/claims\/[^/]+$/, "claims"));
  await page.getByRole("link", { name: "10000002" }).click();
  await checkPage(page);
  await expect(page.getByRole("button", { name: "Submit claim" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove claim" })).toBeVisible();

  // previous academic year tab
  await page.goto(claimUrl.replace(/claims\/[^/]+$/, "claims"));
  const tabs = page.getByRole("navigation", { name: "Academic years" }).getByRole("link");
  await expect(tabs).toHaveCount(2);
  await tabs.nth(1).click();
  await checkPage(page);
  await expect(page.getByText(/There are no claims for/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Add claim" })).toHaveCount(0);

  // Anne opens Mary's claim: not found
  await signOut(page);
  await signInAs(page, "claims", "Anne");
  const response = await page.goto(claimUrl);
  expect(response?.status()).toBe(404);
  await checkPage(page);
});
