import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

test("a provider user sees only their audited and paid claims with the provider labels, filters by school, and gets 404 for anything else", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~10 pages, each with axe, on a shared 2-core machine
  // The id of Mary's submitted claim with Best Practice Network (not visible to the provider yet).
  await signInAs(page, "claims", "Mary");
  await page.getByRole("link", { name: "Hillside Academy" }).click();
  const submittedHref = await page.getByRole("link", { name: "10000001" }).getAttribute("href");
  const draftHref = await page.getByRole("link", { name: "10000002" }).getAttribute("href");
  const submittedId = submittedHref!.split("/").pop()!;
  const draftId = draftHref!.split("/").pop()!;
  const schoolId = submittedHref!.split("/")[3];
  await signOut(page);

  // Patricia belongs to two providers: the provider landing lists them.
  await signInAs(page, "claims", "Patricia");
  await expect(page).toHaveURL(/\/claims\/providers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Best Practice Network" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  await checkPage(page);
  const cards = page.locator(".govuk-summary-card");
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText("30000001 - Haverstock School");
  await expect(cards.nth(0).locator(".govuk-tag")).toHaveText("Audit requested");
  await expect(cards.nth(1)).toContainText("30000002 - Allerton Grange School");
  await expect(cards.nth(1).locator(".govuk-tag")).toHaveText("Amended");
  await expect(cards.nth(2)).toContainText("30000003 - Haverstock School");
  await expect(cards.nth(2).locator(".govuk-tag")).toHaveText("Approved");
  await expect(page.getByText("10000001")).toHaveCount(0);
  const listUrl = page.url();
  const providerId = listUrl.split("/")[5];

  // School filter: the search narrows the options, then Apply filters.
  await page.getByLabel("Search for a school").fill("Allerton");
  await page.getByRole("button", { name: "Search" }).click();
  await checkPage(page);
  await expect(page.getByRole("checkbox")).toHaveCount(1);
  await page.getByRole("checkbox", { name: "Allerton Grange School" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await checkPage(page);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("30000002");
  await expect(page.getByRole("list", { name: "Selected schools" })).toContainText("Allerton Grange School");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(cards).toHaveCount(3);

  // Claim detail: the provider's own "not assured" reason is shown.
  await page.getByRole("link", { name: "30000002 - Allerton Grange School" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim - 30000002" })).toBeVisible();
  await checkPage(page);
  await expect(page.locator("main .govuk-tag")).toHaveText("Amended");
  await expect(page.getByText("Not assured: The mentor did not attend the training sessions")).toBeVisible();

  // Denials: a claim not yet audited, a draft (another provider's), a school's id as provider → 404.
  for (const url of [
    `/claims/providers/${providerId}/claims/${submittedId}`,
    `/claims/providers/${providerId}/claims/${draftId}`,
    `/claims/providers/${schoolId}/claims`,
    `/claims/providers/${providerId}/claims?schoolId=not-a-uuid`,
  ]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await checkPage(page);
});
