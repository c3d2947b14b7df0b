import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

test.describe.configure({ timeout: 600_000 });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test("a primary school adds a placement as a draft, changes it, previews, publishes and deletes it", async ({
  page,
}) => {
  await signInAs(page, "placements", "Anne");
  const schoolId = page.url().match(UUID)![0];
  const list = `/placements/schools/${schoolId}/placements`;
  await expect(page.getByRole("heading", { level: 1, name: "Placements" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Add placement", exact: true }).click();
  // A primary school: no phase question.
  await expect(page.getByRole("heading", { level: 1, name: "Select a subject" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select a subject");
  await checkPage(page);
  await page.getByLabel("Primary", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Select a year group" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Year 4").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "When could the placement take place?" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select when the placement could be");
  await checkPage(page);
  await page.getByLabel("Autumn term").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Select who will be the mentor" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Not yet known").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  const answers = page.locator(".govuk-summary-list");
  await expect(answers).toContainText("Year 4");
  await expect(answers).toContainText("Autumn term");
  await expect(answers).toContainText("Not yet known");
  await checkPage(page);
  // Change the year group from check your answers and come back.
  await page.getByRole("link", { name: "Change year group" }).click();
  await page.getByLabel("Year 3").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(answers).toContainText("Year 3");
  await page.getByRole("button", { name: "Save placement" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Primary (Year 3)" })).toBeVisible();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement added");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Draft");
  const placementPath = new URL(page.url()).pathname;
  await checkPage(page);

  // Change the expected date.
  await page.getByRole("link", { name: "Change expected date" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "When could the placement take place?" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Any time in the academic year").check();
  if (!(await page.locator("body.js-enabled").count())) await page.getByLabel("Autumn term").uncheck();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement updated");
  await expect(page.locator(".govuk-summary-list")).toContainText("Any time in the academic year");

  // Preview as a provider would see it.
  await page.getByRole("button", { name: "Preview placement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Primary (Year 3)" })).toBeVisible();
  await expect(page.getByText("This is a preview of how your placement will appear to providers.")).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Back to placement" }).click();

  await page.getByRole("button", { name: "Publish placement" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement published");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Available");
  await expect(page.getByRole("button", { name: "Publish placement" })).toHaveCount(0);
  await checkPage(page);

  await page.goto(list);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Primary (Year 3)" }) });
  await expect(row).toContainText("Available");
  await checkPage(page);

  // Publishing tells the school's user, through the outbox, that providers can now see the placement.
  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  await expect(
    page.locator("section", { hasText: "You have added placement information to Manage school placements" }).first(),
  ).toBeVisible();

  await page.goto(placementPath);
  await page.getByRole("link", { name: "Delete placement" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to delete this placement?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Delete placement" }).click();
  await expect(page).toHaveURL(new RegExp(`${list}$`));
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement deleted");
  await expect(page.getByRole("link", { name: "Primary (Year 3)" })).toHaveCount(0);
  await checkPage(page);
});

test("a placement with a provider cannot be deleted; another school's placement is not found", async ({ page }) => {
  await signInAs(page, "placements", "Anne");
  await page.getByRole("row").filter({ hasText: "Best Practice Network" }).getByRole("link").first().click();
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Assigned to provider");
  await page.getByRole("link", { name: "Delete placement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You cannot delete this placement" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete placement" })).toHaveCount(0);
  await checkPage(page);
  const anneSchool = page.url().match(UUID)![0];

  await signInAs(page, "placements", "Mary");
  await page.getByRole("link", { name: /Greenfield/ }).click();
  await page.getByRole("link", { name: "Mathematics" }).click();
  const placementId = new URL(page.url()).pathname.split("/").pop()!;
  for (const path of ["", "/preview", "/remove", "/edit/terms"]) {
    const response = await page.goto(`/placements/schools/${anneSchool}/placements/${placementId}${path}`);
    expect(response?.status()).toBe(404);
  }
  await checkPage(page);
});

test("a secondary school adds a Modern Languages placement with its languages", async ({ page }) => {
  await signInAs(page, "placements", "Mary");
  await page.getByRole("link", { name: /Greenfield/ }).click();
  await page.getByRole("button", { name: "Add placement", exact: true }).click();
  await page.getByLabel("Modern Languages").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Select the languages" })).toBeVisible();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select a language");
  await checkPage(page);
  await page.getByLabel("German").check();
  await page.getByLabel("Italian").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Summer term").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Select who will be the mentor" })).toBeVisible();
  await page.locator("input[name=mentorIds]").first().check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-summary-list")).toContainText("German, Italian");
  await page.getByRole("button", { name: "Save placement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "German and Italian" })).toBeVisible();
  await checkPage(page);
  // Tidy up so the other project's run starts from the same data.
  await page.getByRole("link", { name: "Delete placement" }).click();
  await page.getByRole("button", { name: "Delete placement" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement deleted");
});
