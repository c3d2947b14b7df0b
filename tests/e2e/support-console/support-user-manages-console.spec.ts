import { checkPage, expect, expectValidationError, signInAs, test, typeSearch } from "../support/fixtures";

// Long journeys with axe on every page: the shared 2-core machine needs more than the default 60 s.
test.describe.configure({ timeout: 300_000 });

test("support searches organisations and pages through them", async ({ page }) => {
  await signInAs(page, "claims", "Colin");
  await expect(page).toHaveURL(/\/claims\/support\/schools$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Organisations \(\d+\)$/ })).toBeVisible();
  await checkPage(page);

  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await checkPage(page);

  await typeSearch(page, "Search by organisation name, URN or postcode", "ls12 3");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "Springfield Primary School" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations (1)");
  await checkPage(page);

  await typeSearch(page, "Search by organisation name, URN or postcode", "no such school anywhere");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No organisations found")).toBeVisible();
  await checkPage(page);
});

test("support onboards a school into claims through the options step", async ({ page }, testInfo) => {
  const school = testInfo.project.name === "js" ? "Bickley Primary School" : "Gearies Primary School";
  await signInAs(page, "claims", "Colin");
  await page.getByRole("button", { name: "Add organisation", exact: true }).click();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a school name, URN or postcode");
  await checkPage(page);

  await typeSearch(page, "Enter a school name, URN or postcode", school.split(" ")[0]);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Select an organisation" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select an organisation");
  await checkPage(page);
  await page.getByLabel(school).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Organisation added");
  await typeSearch(page, "Search by organisation name, URN or postcode", school);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: school })).toBeVisible();

  // Already onboarded.
  await page.getByRole("button", { name: "Add organisation", exact: true }).click();
  await typeSearch(page, "Enter a school name, URN or postcode", "Springfield");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Springfield Primary School").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Springfield Primary School has already been added");
  await checkPage(page);
});

test("support adds a support user (after a non-DfE address) and removes them", async ({ page }, testInfo) => {
  await signInAs(page, "claims", "Colin");
  await page.getByRole("navigation", { name: "Support console" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Support users" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Add support user" }).click();
  await page.getByLabel("First name").fill("Sam");
  await page.getByLabel("Last name").fill("Support");
  await page.getByLabel("Email address").fill("sam@example.com");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(
    page,
    "Enter a Department for Education email address in the correct format, like name@education.gov.uk",
  );
  await checkPage(page);
  const email = `sam.${testInfo.project.name}.${Date.now()}@education.gov.uk`;
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Continue" }).click();
  await checkPage(page);
  await page.getByRole("button", { name: "Add support user" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Support user added");
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await checkPage(page);

  const row = page.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) });
  await row.getByRole("link").click();
  await page.getByRole("link", { name: "Remove support user" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to remove this support user?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Remove support user" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Support user removed");
  await expect(page.getByRole("cell", { name: email })).toHaveCount(0);
});

test("the placements console lists organisations; school users get a 404 there", async ({ page }) => {
  await signInAs(page, "placements", "Colin");
  await expect(page).toHaveURL(/\/placements\/support\/organisations$/);
  await typeSearch(page, "Search by organisation name or postcode", "Best Practice");
  await page.getByRole("button", { name: "Search" }).click();
  // Best Practice Network is a SCITT: the type column names the provider's type.
  await expect(page.getByRole("cell", { name: "SCITT" }).first()).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signInAs(page, "placements", "Anne");
  expect((await page.goto("/placements/support/organisations"))?.status()).toBe(404);
  expect((await page.goto("/placements/support/support-users"))?.status()).toBe(404);
});
