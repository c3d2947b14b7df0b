import { checkPage, expect, signInAs, test } from "../support/fixtures";

test("support lists the schools onboarded by hand, with who added them", async ({ page }) => {
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/settings");
  await page.getByRole("link", { name: "Manually onboarded schools" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Manually onboarded schools \(\d+\)$/ })).toBeVisible();
  const row = page.locator(".govuk-table__row", { hasText: "Northern Lights Teaching Hub" });
  await expect(row).toContainText("Colin Chapman");
  await checkPage(page);
  await row.getByRole("link").click();
  await expect(page).toHaveURL(/\/claims\/schools\/[0-9a-f-]+\/claims$/);
});
