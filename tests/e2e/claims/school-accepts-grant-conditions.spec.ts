import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

/** Mary's Oakwood Primary School has not accepted the grant conditions (seed). */
test("a school user accepts the grant conditions; support removes the acceptance", async ({ page }) => {
  await signInAs(page, "claims", "Mary");
  await expect(page).toHaveURL(/\/claims\/schools$/);
  const href = await page.getByRole("link", { name: "Oakwood Primary School" }).getAttribute("href");
  const schoolId = /\/claims\/schools\/([0-9a-f-]{36})\//.exec(href ?? "")?.[1];
  expect(schoolId).toBeTruthy();
  const base = `/claims/schools/${schoolId}`;

  // Every school page sends Mary to the grant conditions first.
  await page.goto(`${base}/mentors`);
  await expect(page).toHaveURL(`${base}/grant-conditions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grant conditions");
  await expect(page.locator(".govuk-warning-text")).toContainText(
    "as an authorised representative of Oakwood Primary School",
  );
  await checkPage(page);

  // Only support can remove an acceptance.
  expect((await page.goto(`${base}/grant-conditions/remove`))?.status()).toBe(404);
  await page.goto(`${base}/grant-conditions`);

  await page.getByRole("button", { name: "Accept and continue" }).click();
  await expect(page).toHaveURL(`${base}/claims`);

  // No longer gated.
  await page.goto(`${base}/mentors`);
  await expect(page).toHaveURL(`${base}/mentors`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentors");

  await page.goto(`${base}/details`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisation details");
  const accepted = page.locator(".govuk-summary-list__row", { hasText: "Accepted by" });
  await expect(accepted).toContainText("Mary Lawson");
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Unique reference number (URN)" })).toContainText(
    "101337",
  );
  await expect(page.getByRole("link", { name: "Remove agreement" })).toHaveCount(0);
  await checkPage(page);

  // Support (not gated) removes the acceptance from the organisation details page.
  await signOut(page);
  await signInAs(page, "claims", "Colin");
  await page.goto(`${base}/details`);
  await checkPage(page);
  await page.getByRole("link", { name: "Remove agreement to grant conditions" }).click();
  await expect(page).toHaveURL(`${base}/grant-conditions/remove`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Are you sure you want to remove Mary Lawson’s agreement?",
  );
  await checkPage(page);
  await page.getByRole("button", { name: "Remove agreement" }).click();
  await expect(page).toHaveURL(`${base}/details`);
  await expect(page.locator(".govuk-notification-banner--success")).toContainText(
    "Agreement to grant conditions removed",
  );
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Accepted" }).first()).toContainText("No");
  await checkPage(page);

  // Support users bypass the gate.
  await page.goto(`${base}/mentors`);
  await expect(page).toHaveURL(`${base}/mentors`);

  // Mary has to accept again.
  await signOut(page);
  await signInAs(page, "claims", "Mary");
  await page.goto(`${base}/mentors`);
  await expect(page).toHaveURL(`${base}/grant-conditions`);
});
