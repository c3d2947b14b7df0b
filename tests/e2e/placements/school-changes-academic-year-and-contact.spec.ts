import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

test.describe.configure({ timeout: 600_000 });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

test("a school user switches the academic year from the header and changes the ITT placement contact", async ({
  page,
}, testInfo) => {
  await signInAs(page, "placements", "Anne");
  await expect(page).toHaveURL(/\/placements\/schools\/[0-9a-f-]{36}\/placements$/);
  const schoolId = page.url().match(UUID)![0];
  const header = page.locator("main p").filter({ hasText: "Academic year" });
  await expect(header).toContainText(/Academic year \d{4} to \d{4}/);
  const nav = page.getByRole("navigation", { name: "Organisation" });
  for (const name of ["Placements", "Users", "Organisation details"]) {
    await expect(nav.getByRole("link", { name })).toBeVisible();
  }
  await checkPage(page);

  // New users work in next year; switching to this year is remembered.
  const nextYear = (await header.innerText()).match(/\d{4} to \d{4}/)![0];
  await page.getByRole("link", { name: "Change academic year" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Select an academic year" })).toBeVisible();
  await expect(page.getByLabel(`Next year (${nextYear})`)).toBeChecked();
  await checkPage(page);
  await page.getByLabel(/^This year/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  // The school has told us nothing about this year: it lands on the hosting-interest wizard.
  await expect(page).toHaveURL(
    new RegExp(`/placements/schools/${schoolId}/hosting-interest/new/[0-9a-f-]{36}/appetite$`),
  );
  await expect(header).not.toContainText(nextYear);
  await page.reload();
  await expect(header).not.toContainText(nextYear);
  // and back to next year for the journeys that follow
  await page.getByRole("link", { name: "Change academic year" }).click();
  await page.getByLabel(`Next year (${nextYear})`).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(header).toContainText(nextYear);

  // Organisation details: change the contact, with a wrong e-mail first.
  await nav.getByRole("link", { name: "Organisation details" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisation details" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Change placement contact" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "ITT placement contact" })).toBeVisible();
  await expect(page.getByLabel("Email address")).not.toHaveValue("");
  await checkPage(page);
  await page.getByLabel("Email address").fill("rachel at riverside");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter an email address in the correct format, like name@example.com");
  await checkPage(page);
  const email = `itt.${testInfo.project.name}@riverside.sch.uk`;
  await page.getByLabel("First name").fill("Rachel");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/placements/schools/${schoolId}/details$`));
  await expect(page.locator(".govuk-notification-banner")).toContainText("Placement contact updated");
  await expect(page.locator(".govuk-summary-card")).toContainText(email);
  await checkPage(page);
});

test("a member of several schools changes organisation from the header", async ({ page }) => {
  await signInAs(page, "placements", "Mary");
  await expect(page).toHaveURL(/\/placements\/organisations$/);
  await page.getByRole("link", { name: /Greenfield/ }).click();
  await expect(page).toHaveURL(/\/placements\/schools\/[0-9a-f-]{36}\/placements$/);
  await expect(
    page
      .locator("main")
      .getByText(/Greenfield/)
      .first(),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Change organisation" }).first().click();
  await expect(page).toHaveURL(/\/placements\/organisations$/);
});

test("another school's pages are not found", async ({ page }) => {
  await signInAs(page, "placements", "Mary");
  await page.getByRole("link", { name: /Greenfield/ }).click();
  const greenfield = page.url().match(UUID)![0];
  await signInAs(page, "placements", "Anne");
  for (const path of ["details", "placements", "school-contact/edit"]) {
    const response = await page.goto(`/placements/schools/${greenfield}/${path}`);
    expect(response?.status()).toBe(404);
  }
  await checkPage(page);
});
