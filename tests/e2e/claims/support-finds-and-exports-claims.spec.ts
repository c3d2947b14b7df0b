import { readFileSync } from "node:fs";
import { checkPage, expect, pickSuggestion, signInAs, test } from "../support/fixtures";

const SCHOOL_SEARCH = "Search for a school by name or URN";

test("support finds a submitted claim by its school, exports the filtered claims and assigns themselves to it", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~8 pages, each with axe, on a shared 2-core machine
  const js = test.info().project.name === "js";
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claims");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Claims");
  await checkPage(page);

  // The school filter: an autocomplete with JavaScript, a search then a checkbox without it
  if (js) {
    await pickSuggestion(page, SCHOOL_SEARCH, "Hillside", "Hillside Academy");
  } else {
    await page.getByLabel(SCHOOL_SEARCH).fill("Hillside");
    await page.getByRole("button", { name: "Search school" }).click();
    await page.getByRole("checkbox", { name: /^Hillside Academy/ }).check();
  }
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page.locator(".app-filter-tag", { hasText: "Hillside Academy" })).toBeVisible();
  const results = page.locator("main").getByRole("link", { name: /^\d{8} - / });
  await expect(results.first()).toBeVisible();
  for (const text of await results.allInnerTexts()) expect(text).toContain("Hillside Academy");
  await expect(page.getByRole("link", { name: "10000001 - Hillside Academy" })).toBeVisible();
  await checkPage(page);

  // The export holds exactly the filtered claims
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  expect(header).toContain("claim_reference");
  expect(rows.length).toBe(await results.count());
  expect(rows.some((row) => row.startsWith("10000001,"))).toBe(true);
  for (const row of rows) expect(row).toContain("Hillside Academy");

  // Removing the tag shows every claim again
  await page.locator(".app-filter-tag", { hasText: "Hillside Academy" }).click();
  await expect(page.locator(".app-filter-tag", { hasText: "Hillside Academy" })).toHaveCount(0);

  // The claim's page: assign a support user
  await page.goto("/claims/support/claims?reference=10000001&applied=1");
  await page.getByRole("link", { name: "10000001 - Hillside Academy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("10000001");
  await checkPage(page);
  await page.getByRole("link", { name: /(Assign|Change) support user/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Assign a support user");
  await checkPage(page);
  await page.getByRole("radio", { name: "Colin Chapman" }).check();
  await page.getByRole("button", { name: /Continue|Save|Assign/ }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Support user" })).toContainText("Colin Chapman");
  await checkPage(page);
});
