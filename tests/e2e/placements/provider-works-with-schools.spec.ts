import { checkPage, expect, expectValidationError, signInAs, test, typeSearch } from "../support/fixtures";

test.describe.configure({ timeout: 600_000 });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const SEARCH_LABEL = "Add a school";

test("a provider sees a partner school's placements, adds a partner school and deletes it", async ({ page }) => {
  await signInAs(page, "placements", "Patricia");
  await page.getByRole("link", { name: "Schools", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Schools you work with" })).toBeVisible();
  await checkPage(page);

  // A partner school: its details, and its placements split into assigned to you and the others.
  await page.getByRole("link", { name: "Greenfield Secondary School" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Greenfield Secondary School" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Placements", exact: true }).last().click();
  const assigned = page.locator("table").filter({ hasText: "Placements assigned to you" });
  const other = page.locator("table").filter({ hasText: "Other placements" });
  await expect(assigned.getByRole("link", { name: "Mathematics" })).toBeVisible();
  await expect(other.getByRole("link", { name: "French and Spanish" })).toBeVisible();
  await checkPage(page);
  await assigned.getByRole("link", { name: "Mathematics" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mathematics" })).toBeVisible();
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Assigned to you");
  await checkPage(page);

  // Add a school: search → options → confirm.
  await page.getByRole("link", { name: "Schools", exact: true }).click();
  await page.getByRole("button", { name: "Add school" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEARCH_LABEL })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a school name, unique reference number (URN) or postcode");
  await checkPage(page);
  await typeSearch(page, SEARCH_LABEL, "Meadow View");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /results? found for ‘Meadow View’/ })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Meadow View All-through School", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm school details" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Confirm and add school" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("School added");
  await expect(page.getByRole("link", { name: "Meadow View All-through School" })).toBeVisible();
  await checkPage(page);

  // Already added.
  await page.getByRole("button", { name: "Add school" }).click();
  await typeSearch(page, SEARCH_LABEL, "Riverside Primary");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Riverside Primary School", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Riverside Primary School has already been added. Try another school");
  await checkPage(page);

  // Delete the school added.
  await page.getByRole("link", { name: "Cancel" }).click();
  await page.getByRole("link", { name: "Meadow View All-through School" }).click();
  await page.getByRole("link", { name: "Delete school" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to delete this school?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Delete school" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("School deleted");
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "Meadow View All-through School can no longer assign you to their placements.",
  );
  await expect(page.getByRole("link", { name: "Meadow View All-through School" })).toHaveCount(0);
  await checkPage(page);
});

test("another provider's partner school pages, and a school that is not a partner, are not found", async ({ page }) => {
  // The National Institute of Teaching's id, from the support console.
  await signInAs(page, "placements", "Colin");
  await page.goto("/placements/support/organisations?query=National%20Institute%20of%20Teaching");
  await page.getByRole("link", { name: "National Institute of Teaching", exact: true }).click();
  const niot = page.url().match(UUID)![0];

  await signInAs(page, "placements", "Patricia");
  await page.getByRole("link", { name: "Schools", exact: true }).click();
  const own = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Greenfield Secondary School" }).click();
  const greenfield = new URL(page.url()).pathname.split("/").pop()!;
  for (const path of ["", `/${greenfield}`, `/${greenfield}/placements`, `/${greenfield}/remove`, "/new"]) {
    const response = await page.goto(`/placements/providers/${niot}/partner-schools${path}`);
    expect(response?.status()).toBe(404);
  }
  // A school Best Practice Network does not work with (Meadow View is in the placements service).
  await page.goto(`${own}/new`);
  await typeSearch(page, SEARCH_LABEL, "Meadow View");
  await page.getByRole("button", { name: "Continue" }).click();
  const meadow = await page.getByLabel("Meadow View All-through School", { exact: true }).getAttribute("value");
  for (const path of [`/${meadow}`, `/${meadow}/placements`, `/${meadow}/remove`]) {
    const response = await page.goto(`${own}${path}`);
    expect(response?.status()).toBe(404);
  }
  await checkPage(page);
});
