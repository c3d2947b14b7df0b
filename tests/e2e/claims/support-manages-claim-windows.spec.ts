import type { Page } from "@playwright/test";
import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

/** Each project adds its own window (both run against the same database); 2027 to 2028 is seeded. */
const WINDOWS = {
  js: {
    opens: ["1", "3", "2028"],
    closes: ["10", "3", "2028"],
    newClose: ["12", "3", "2028"],
    name: "1 March 2028 to 10 March 2028",
    changed: "1 March 2028 to 12 March 2028",
  },
  "no-js": {
    opens: ["1", "4", "2028"],
    closes: ["10", "4", "2028"],
    newClose: ["12", "4", "2028"],
    name: "1 April 2028 to 10 April 2028",
    changed: "1 April 2028 to 12 April 2028",
  },
} as const;

async function fillDate(page: Page, legend: string, [day, month, year]: readonly string[]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(day);
  await group.getByLabel("Month").fill(month);
  await group.getByLabel("Year").fill(year);
}

test("a support user adds, changes and removes a claim window", async ({ page }, testInfo) => {
  const w = WINDOWS[testInfo.project.name as keyof typeof WINDOWS];
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claim-windows");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Claim windows");
  await expect(page.locator(".govuk-tag--green", { hasText: "Current" })).toHaveCount(1);
  await expect(page.locator(".govuk-tag--grey", { hasText: "Past" }).first()).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Add claim window" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Window details");
  await checkPage(page);

  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a window opening date");
  await expectValidationError(page, "Enter a window closing date");
  await expectValidationError(page, "Select an academic year");
  await checkPage(page);

  // Closing before opening.
  await fillDate(page, "Window opens", w.closes);
  await fillDate(page, "Window closes", w.opens);
  await page.getByLabel("2027 to 2028").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a window closing date that is after the opening date");

  // Opening inside the current (seeded) window.
  const today = new Date();
  await fillDate(page, "Window opens", [
    String(today.getUTCDate()),
    String(today.getUTCMonth() + 1),
    String(today.getUTCFullYear()),
  ]);
  await fillDate(page, "Window closes", w.closes);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select a date that is not within an existing claim window");
  await checkPage(page);

  await fillDate(page, "Window opens", w.opens);
  await fillDate(page, "Window closes", w.closes);
  await page.getByLabel("2027 to 2028").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Window opens" })).toContainText(
    w.name.split(" to ")[0],
  );
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Academic year" })).toContainText("2027 to 2028");
  await checkPage(page);
  await page.getByRole("button", { name: "Save claim window" }).click();

  await expect(page).toHaveURL("/claims/support/claim-windows");
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Claim window added");
  await page.screenshot({ path: testInfo.outputPath("claim-windows.png"), fullPage: true });
  const row = page.getByRole("row", { name: new RegExp(w.name) });
  await expect(row).toContainText("Upcoming");
  await checkPage(page);

  // Change the closing date.
  await page.getByRole("link", { name: w.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.name);
  await checkPage(page);
  await page.getByRole("link", { name: "Change Window closes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Window details");
  await fillDate(page, "Window closes", w.newClose);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByRole("button", { name: "Save claim window" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.changed);
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Claim window updated");

  // Remove it.
  await page.getByRole("link", { name: "Remove claim window" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Are you sure you want to remove this claim window?",
  );
  await checkPage(page);
  await page.getByRole("button", { name: "Remove claim window" }).click();
  await expect(page).toHaveURL("/claims/support/claim-windows");
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Claim window removed");
  await expect(page.getByRole("link", { name: w.changed })).toHaveCount(0);
});

test("a school user cannot manage claim windows", async ({ page }) => {
  await signInAs(page, "claims", "Anne");
  for (const path of ["/claims/support/claim-windows/new", "/claims/support/claim-windows"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await checkPage(page);
});
