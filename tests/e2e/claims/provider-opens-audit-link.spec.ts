import { checkPage, expect, test } from "../support/fixtures";

test("a provider opening an unknown or used audit download link gets the GOV.UK error page", async ({ page }) => {
  test.setTimeout(180_000); // axe on a shared 2-core machine
  const response = await page.goto(`/claims/sampling/claims?token=${"x".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(
    page.getByRole("heading", { level: 1, name: "Sorry, there is a problem with the download link" }),
  ).toBeVisible();
  await checkPage(page);
});
