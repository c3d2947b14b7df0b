import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

// Long journeys with axe on every page: the shared 2-core machine needs more than the default 60 s.
test.describe.configure({ timeout: 600_000 });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test("a claims school user adds a user (after fixing validation errors) and removes them", async ({
  page,
}, testInfo) => {
  await signInAs(page, "claims", "Anne");
  const schoolId = page.url().match(UUID)?.[0];
  expect(schoolId, `landed on a school page: ${page.url()}`).toBeTruthy();
  const usersPath = `/claims/schools/${schoolId}/users`;
  await page.goto(usersPath);
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Anne Wilson" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal details" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a first name");
  await expectValidationError(page, "Enter a last name");
  await expectValidationError(page, "Enter an email address");
  await checkPage(page);

  const email = `new.person.${testInfo.project.name}.${Date.now()}@example.com`;
  await page.getByLabel("First name").fill("  Jo  ");
  await page.getByLabel("Last name").fill("O'Brien <b>bold</b>");
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter an email address in the correct format, like name@example.com");
  await expect(page.getByLabel("First name")).toHaveValue(/Jo/);
  await checkPage(page);

  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("O'Brien <b>bold</b>");
  await expect(page.locator(".govuk-summary-list b")).toHaveCount(0);
  await checkPage(page);

  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page).toHaveURL(new RegExp(`${usersPath}$`));
  await expect(page.locator(".govuk-notification-banner")).toContainText("User added");
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await checkPage(page);

  // Adding the same person again is a field error on the details step.
  await page.getByRole("button", { name: "Add user" }).click();
  await page.getByLabel("First name").fill("Jo");
  await page.getByLabel("Last name").fill("Again");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Add user" }).click();
  await expectValidationError(page, "This email address is already used by a user of this organisation");
  await checkPage(page);

  await page.goto(usersPath);
  await page.getByRole("link", { name: "Jo O'Brien <b>bold</b>" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jo O'Brien <b>bold</b>");
  await checkPage(page);
  await page.getByRole("link", { name: "Remove user" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to remove this user?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Remove user" }).click();
  await expect(page).toHaveURL(new RegExp(`${usersPath}$`));
  await expect(page.locator(".govuk-notification-banner")).toContainText("User removed");
  await expect(page.getByRole("cell", { name: email })).toHaveCount(0);
  await checkPage(page);

  // Your own page has no remove link.
  await page.getByRole("link", { name: "Anne Wilson" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anne Wilson" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove user" })).toHaveCount(0);
  await checkPage(page);
});

test("placements school and provider users reach their placements and users pages", async ({ page }) => {
  await signInAs(page, "placements", "Anne");
  await expect(page).toHaveURL(/\/placements\/schools\/[0-9a-f-]{36}\/placements$/);
  await expect(page.getByRole("heading", { level: 1, name: "Placements" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Year 2");
  await checkPage(page);
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await expect(page.getByRole("link", { name: "Anne Wilson" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Sign out" }).click();

  await signInAs(page, "placements", "Patricia");
  // A provider lands on Find; its placements are one link away.
  await expect(page).toHaveURL(/\/placements\/providers\/[0-9a-f-]{36}\/find$/);
  await checkPage(page);
  await page.getByRole("link", { name: "Placements", exact: true }).click();
  await expect(page).toHaveURL(/\/placements\/providers\/[0-9a-f-]{36}\/placements$/);
  await expect(page.getByRole("table")).toContainText("Riverside Primary School");
  await checkPage(page);
  await page.getByRole("link", { name: "Users", exact: true }).click();
  await expect(page.getByRole("link", { name: "Patricia Adebayo" })).toBeVisible();
  await checkPage(page);
});
