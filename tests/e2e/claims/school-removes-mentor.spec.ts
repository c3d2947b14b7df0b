import { checkPage, expect, signInAs, test } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

/** Mentors of Mary's Hillside Academy (seed): Emma Fletcher is in a submitted claim. */
const REMOVABLE = { js: "Michael Jones", "no-js": "Olivia Kowalski" } as const;

test("a school user removes a mentor, but not one in an active claim", async ({ page }, testInfo) => {
  const name = REMOVABLE[testInfo.project.name as keyof typeof REMOVABLE];
  await signInAs(page, "claims", "Mary");
  await page.getByRole("link", { name: "Hillside Academy" }).click();
  const schoolId = /\/claims\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  const base = `/claims/schools/${schoolId}/mentors`;

  await page.goto(base);
  await checkPage(page);

  // In a submitted claim: cannot be removed.
  await page.getByRole("link", { name: "Emma Fletcher" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emma Fletcher");
  await checkPage(page);
  await page.getByRole("link", { name: "Remove mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot remove this mentor");
  await expect(
    page.getByText("You cannot remove this mentor because they are included in an active claim."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove mentor" })).toHaveCount(0);
  await checkPage(page);

  // Not in any active claim: removed after confirming.
  await page.goto(base);
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Remove mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to remove this mentor?");
  await checkPage(page);
  await page.getByRole("button", { name: "Remove mentor" }).click();

  await expect(page).toHaveURL(base);
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Mentor removed");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Emma Fletcher" })).toBeVisible();
  await checkPage(page);
});
