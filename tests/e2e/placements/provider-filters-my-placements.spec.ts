import { checkPage, expect, signInAs, test, type Page } from "../support/fixtures";

test.describe.configure({ timeout: 180_000 });

const rows = (page: Page) => page.locator("table tbody tr");
const apply = (page: Page) => page.getByRole("button", { name: "Apply filters" }).first().click();

/** Placements: a provider filters the placements assigned to it (My placements) by subject and by school. */
test("a provider filters My placements by subject and by school, and opens a placement", async ({ page }) => {
  await signInAs(page, "placements", "Patricia");
  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Placements" }).click();
  await expect(page).toHaveURL(/\/placements\/providers\/[0-9a-f-]{36}\/placements$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Placements");
  await expect(page.getByRole("row", { name: /Mathematics Greenfield Secondary School/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /Primary \(Year 5\) Riverside Primary School/ })).toBeVisible();
  await checkPage(page);

  // By subject: the URL carries the filter, a tag removes it.
  await page.getByRole("group", { name: "Subject" }).getByLabel("Mathematics", { exact: true }).check();
  await apply(page);
  expect(new URL(page.url()).searchParams.getAll("subject")).toHaveLength(1);
  await expect(page.getByRole("link", { name: "Remove filter Mathematics" })).toBeVisible();
  await expect(rows(page).first()).toContainText("Mathematics");
  for (const text of await rows(page).allInnerTexts()) expect(text).toContain("Mathematics");
  await expect(page.getByRole("row", { name: /Riverside Primary School/ })).toHaveCount(0);
  await checkPage(page);
  await page.getByRole("link", { name: "Remove filter Mathematics" }).click();
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Riverside Primary School/ })).toBeVisible();

  // By school, with a phase: only Riverside's primary placements.
  await page.getByRole("group", { name: "School" }).getByLabel("Riverside Primary School").check();
  await page.getByRole("group", { name: "Phase" }).getByLabel("Primary").check();
  await apply(page);
  await expect(page.getByRole("link", { name: "Remove filter Riverside Primary School" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Remove filter Primary" })).toBeVisible();
  for (const text of await rows(page).allInnerTexts()) expect(text).toContain("Riverside Primary School");
  await expect(page.getByRole("row", { name: /Greenfield/ })).toHaveCount(0);
  await checkPage(page);

  // A school filter with a subject that school has no placement in: nothing matches.
  await page.getByRole("group", { name: "Subject" }).getByLabel("Mathematics", { exact: true }).check();
  await apply(page);
  await expect(page.getByText("There are no placements that match your filters.")).toBeVisible();
  await checkPage(page);

  // Clear filters, then open a placement.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Primary (Year 5)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Primary (Year 5)");
  await expect(page.locator(".govuk-caption-l")).toHaveText("Riverside Primary School");
  await checkPage(page);
  const placementUrl = page.url();

  // A placement that is not assigned to this provider is a 404.
  const missing = placementUrl.replace(/[0-9a-f-]{36}$/, "00000000-0000-4000-8000-000000000000");
  expect((await page.goto(missing))?.status()).toBe(404);
  await checkPage(page);
});
