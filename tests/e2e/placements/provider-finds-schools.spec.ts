import {
  checkPage,
  expect,
  expectValidationError,
  signInAs,
  signOut,
  test,
  typeSearch,
  type Page,
} from "../support/fixtures";

test.describe.configure({ timeout: 300_000 });

const results = (page: Page) => page.locator(".app-results__item h3");
const distances = async (page: Page) =>
  (
    await page
      .locator(".app-results__item .govuk-summary-list__row", { hasText: "Distance" })
      .locator("dd")
      .allInnerTexts()
  ).map((t) => Number.parseFloat(t));

/** Placements: a provider finds schools hosting placements (filters, location, tags) without Google. */
test("a provider finds schools by subject and phase, by postcode and by town", async ({ page }) => {
  await signInAs(page, "placements", "Patricia");
  await expect(page).toHaveURL(/\/placements\/providers\/[0-9a-f-]{36}\/find$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find schools hosting placements");
  await expect(
    page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Find" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.locator(".app-organisation-header")).toContainText("Best Practice Network");
  await expect(page.locator(".app-organisation-header")).toContainText(/Academic year \d{4} to \d{4}/);
  await checkPage(page);

  // Subject and phase: the draft Mathematics placement at Djanogly City Academy never shows.
  await page.getByRole("group", { name: "Secondary subjects" }).getByLabel("Mathematics", { exact: true }).check();
  await page.getByRole("group", { name: "Phase" }).getByLabel("Secondary").check();
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page.getByRole("heading", { name: "2 schools found" })).toBeVisible();
  await expect(results(page)).toHaveText(["Greenfield Secondary School", "Manchester Enterprise Academy"]);
  await expect(page.getByText("Djanogly City Academy")).toHaveCount(0);
  await checkPage(page);

  // Removable filter tags; the URL carries the search.
  expect(page.url()).toContain("phase=Secondary");
  await page.getByRole("link", { name: "Remove filter Secondary" }).click();
  await expect(page.getByRole("link", { name: "Remove filter Secondary" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Remove filter Mathematics" })).toBeVisible();
  await expect(results(page)).toHaveText(["Greenfield Secondary School", "Manchester Enterprise Academy"]);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByRole("link", { name: /Remove filter/ })).toHaveCount(0);

  // Postcode (no school has M14 5RY: its outward code M14 is used), nearest first, distances in miles.
  await page.getByLabel("Location").fill("M14 5RY");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page.getByText("Schools within 50 miles of M14 5RY, nearest first.")).toBeVisible();
  await expect(results(page).first()).toHaveText("Platt Fields Primary School");
  const fromM14 = await distances(page);
  expect(fromM14.length).toBeGreaterThanOrEqual(3);
  expect(fromM14).toEqual([...fromM14].sort((a, b) => a - b));
  expect(Math.max(...fromM14)).toBeLessThanOrEqual(50);
  await expect(page.getByText("Greenfield Secondary School")).toHaveCount(0); // Birmingham: over 50 miles
  await checkPage(page);

  // Town.
  await page.getByLabel("Location").fill("Leeds");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(results(page).first()).toHaveText("Bankside Primary School");
  const fromLeeds = await distances(page);
  expect(fromLeeds).toEqual([...fromLeeds].sort((a, b) => a - b));

  // The filters are remembered for the session.
  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Placements" }).click();
  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Find" }).click();
  await expect(page.getByRole("link", { name: "Remove filter Leeds" })).toBeVisible();

  // Ambiguous text: "which did you mean".
  await page.getByLabel("Location").fill("Manch");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page.getByRole("group", { name: "Which location did you mean?" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Manchester", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Schools within 50 miles of Manchester, nearest first.")).toBeVisible();

  // Unknown text: a clear error.
  await page.getByLabel("Location").fill("Atlantis");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expectValidationError(page, "Enter a real postcode, town or city, or a school name");
  await checkPage(page);
});

test("a provider sees travel times from a postcode the geocoding service knows", async ({ page }) => {
  await signInAs(page, "placements", "Patricia");
  // No demo school has a postcode in LS2: only the geocoding service (the local fake) knows where LS2 9JT is.
  await page.getByLabel("Location").fill("LS2 9JT");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page.getByText("Schools within 50 miles of LS2 9JT, nearest first.")).toBeVisible();
  const first = page.locator(".app-results__item").first();
  await expect(first.locator("h3")).toHaveText("Bankside Primary School");
  // The routing service (the local fake) gives the times by car, by public transport and walking.
  const travel = first.locator(".govuk-summary-list__row", { hasText: "Travel time" }).locator("dd li");
  await expect(travel).toHaveText([
    /^\d+ mins? by car$/,
    /^\d+ mins? by public transport$/,
    /^(\d+ hours? )?\d+ mins? walking$/,
  ]);
  await checkPage(page);
  await page.screenshot({ path: "test-results/find-travel-times.png", fullPage: true });
  // The same search again is answered from the day's cache and reads the same.
  const times = await travel.allInnerTexts();
  await page.reload();
  await expect(travel).toHaveText(times);
});

test("a provider switches the academic year from the header", async ({ page }) => {
  await signInAs(page, "placements", "Patricia");
  await page.locator(".app-organisation-header").getByRole("link", { name: "Change academic year" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Select an academic year");
  await checkPage(page);
  await page.getByLabel(/^This year/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/find/);
  // No published placements this year in the demo: Riverside is "availability unknown" now.
  await page.getByLabel("Search by school name or URN").fill("Riverside");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await expect(page.locator(".app-results__item").first()).toContainText("Placement availability unknown");
  await page.locator(".app-organisation-header").getByRole("link", { name: "Change academic year" }).click();
  await page.getByLabel(/^Next year/).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".app-results__item").first()).toContainText("Placements available");
});

test("another provider's Find is a 404", async ({ page }) => {
  await signInAs(page, "placements", "Colin");
  await typeSearch(page, "Search by organisation name or postcode", "UCL");
  await page.getByRole("button", { name: "Search" }).click();
  const href = await page.getByRole("link", { name: "UCL (University College London)" }).getAttribute("href");
  const uclId = href!.split("/")[3];
  await signOut(page);
  await signInAs(page, "placements", "Patricia");
  expect((await page.goto(`/placements/providers/${uclId}/find`))?.status()).toBe(404);
  await checkPage(page);
});

test("a provider opens a school's tabs from Find", async ({ page }) => {
  await signInAs(page, "placements", "Patricia");
  await page.getByLabel("Search by school name or URN").fill("Greenfield");
  await page.getByRole("button", { name: "Apply filters" }).first().click();
  await page.getByRole("link", { name: "Greenfield Secondary School" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Greenfield Secondary School");
  await expect(page.locator("caption", { hasText: "Unfilled placements (2)" })).toBeVisible();
  await expect(page.getByRole("row", { name: /French and Spanish/ })).toContainText("Available");
  await expect(page.getByRole("row", { name: /SEND \(Key stage 3\)/ })).toContainText("Available");
  await expect(page.locator("caption", { hasText: "Filled placements (1)" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Mathematics/ })).toContainText("Assigned to you");
  await checkPage(page);

  await page.getByRole("navigation", { name: "School" }).getByRole("link", { name: "Placement contact" }).click();
  await expect(page.locator(".govuk-summary-list")).toContainText("David Singh");
  await expect(page.getByRole("link", { name: "itt@greenfieldsecondary.org.uk" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("navigation", { name: "School" }).getByRole("link", { name: "School details" }).click();
  await expect(page.locator(".govuk-summary-list").first()).toContainText("136782");
  await expect(page.getByRole("heading", { name: "Ofsted" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("link", { name: "Back to find" }).click();
  await expect(page.getByRole("link", { name: "Remove filter Greenfield" })).toBeVisible();
});
