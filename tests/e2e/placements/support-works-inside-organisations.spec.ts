import { checkPage, expect, signInAs, test } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

test("support filters organisations by type and works inside a provider and a school", async ({ page }) => {
  await signInAs(page, "placements", "Colin");
  await page.goto("/placements/support/organisations");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Organisations");
  await checkPage(page);

  // Universities only: the filter is in the URL.
  await page.getByLabel("University").check();
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]filters=university/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations (2)");
  const rows = page.locator("tbody tr");
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await expect(row).toContainText("University");
  await expect(page.getByRole("link", { name: "University of Leeds" })).toBeVisible();
  await expect(page.getByLabel("University")).toBeChecked();
  await checkPage(page);

  // SCITTs named "Best Practice": a provider.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await page.getByLabel("SCITT").check();
  await page.getByLabel("Search by organisation name or postcode").fill("Best Practice");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/filters=scitt/);
  await page.getByRole("link", { name: "Best Practice Network" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Best Practice Network");
  await expect(page.locator(".govuk-summary-list")).toContainText("SCITT");
  await checkPage(page);

  await page.getByRole("link", { name: /^Placements/ }).click();
  await expect(page).toHaveURL(/\/placements\/providers\/[0-9a-f-]{36}\/placements/);
  await expect(page.getByText("Best Practice Network").first()).toBeVisible();
  await checkPage(page);

  // Schools named "Riverside": inside the school, its mentors.
  await page.goto("/placements/support/organisations?filters=school&query=Riverside");
  await expect(page.getByLabel("School", { exact: true })).toBeChecked();
  await checkPage(page);
  await page.getByRole("link", { name: "Riverside Primary School" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riverside Primary School");
  await checkPage(page);
  await page.getByRole("link", { name: /^Mentors/ }).click();
  await expect(page).toHaveURL(/\/placements\/schools\/[0-9a-f-]{36}\/mentors$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentors");
  await expect(page.getByRole("link", { name: "Zara Quinn" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Zara Quinn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zara Quinn");
  await checkPage(page);

  // The header's "Change" goes back to the support list.
  await page.getByRole("link", { name: "Change organisation" }).click();
  await expect(page).toHaveURL(/\/placements\/support\/organisations/);
});

test("the organisation page is for support only", async ({ page }) => {
  await signInAs(page, "placements", "Colin");
  await page.goto("/placements/support/organisations?query=Riverside");
  const href = await page.getByRole("link", { name: "Riverside Primary School" }).getAttribute("href");
  await page.getByRole("button", { name: "Sign out" }).click();

  await signInAs(page, "placements", "Anne");
  expect((await page.goto(href!))?.status()).toBe(404);
  await checkPage(page);
});
