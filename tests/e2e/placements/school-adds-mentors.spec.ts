import { checkPage, expect, expectValidationError, signInAs, signOut, test, type Page } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

type Teacher = { trn: string; day: string; month: string; year: string; name: string };

/**
 * Demo teachers of the fake Teaching Record, different per project (both run against the same database) and from
 * the claims journeys'. `claims` is first added as a claims mentor, then added to placements.
 */
const TEACHERS: Record<string, { claims: Teacher; fresh: Teacher }> = {
  js: {
    claims: { trn: "1234575", day: "11", month: "2", year: "1987", name: "Aisha Begum" },
    fresh: { trn: "1234577", day: "3", month: "10", year: "1996", name: "Chloë Brontë" },
  },
  "no-js": {
    claims: { trn: "1234576", day: "29", month: "2", year: "1984", name: "Thomas Wright" },
    fresh: { trn: "1234578", day: "25", month: "5", year: "1989", name: "Wei Chen" },
  },
};

async function fill(page: Page, trn: string, day: string, month: string, year: string) {
  await page.getByLabel("Teacher reference number (TRN)").fill(trn);
  await page.getByLabel("Day").fill(day);
  await page.getByLabel("Month").fill(month);
  await page.getByLabel("Year").fill(year);
  await page.getByRole("button", { name: "Continue" }).click();
}

/** Set-up only (the claims journey's pages are checked by tests/e2e/claims/school-adds-mentor.spec.ts). */
async function addClaimsMentor(page: Page, teacher: Teacher) {
  await signInAs(page, "claims", "Anne");
  const schoolId = /\/claims\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  await page.goto(`/claims/schools/${schoolId}/mentors/new`);
  await fill(page, teacher.trn, teacher.day, teacher.month, teacher.year);
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("row", { name: new RegExp(teacher.name) })).toBeVisible();
  await signOut(page);
}

test("a school adds a mentor who is already a claims mentor, and a new one", async ({ page }, testInfo) => {
  const { claims, fresh } = TEACHERS[testInfo.project.name];
  await addClaimsMentor(page, claims);

  await signInAs(page, "placements", "Anne");
  const schoolId = /\/placements\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(schoolId).toBeTruthy();
  const base = `/placements/schools/${schoolId}/mentors`;

  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Mentors" }).click();
  await expect(page).toHaveURL(base);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentors");
  await expect(page.getByRole("row", { name: /Zara Quinn 1000015/ })).toBeVisible();
  // Not yet a placements mentor of this school.
  await expect(page.getByRole("link", { name: claims.name })).toHaveCount(0);
  await checkPage(page);

  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find teacher");
  await checkPage(page);

  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a teacher reference number (TRN)");
  await expectValidationError(page, "Enter a date of birth");
  await checkPage(page);

  await fill(page, "12345", claims.day, claims.month, claims.year);
  await expectValidationError(page, "Enter a 7 digit teacher reference number (TRN)");
  await checkPage(page);

  // The Teaching Record has this TRN, but not with this date of birth.
  await fill(page, claims.trn, "1", "1", "1990");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`No results found for ‘${claims.trn}’`);
  await checkPage(page);
  await page.getByRole("link", { name: "Change your search" }).click();

  await fill(page, claims.trn, claims.day, claims.month, claims.year);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.locator(".govuk-summary-list")).toContainText(claims.trn);
  await checkPage(page);
  await page.getByRole("button", { name: "Add mentor" }).click();

  await expect(page).toHaveURL(base);
  const banner = page.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText("Mentor added");
  await expect(banner).toContainText("You can now assign them to placements.");
  await expect(page.getByRole("row", { name: new RegExp(`${claims.name} ${claims.trn}`) })).toBeVisible();
  await checkPage(page);

  // The same mentor again.
  await page.getByRole("button", { name: "Add mentor" }).click();
  await fill(page, claims.trn, claims.day, claims.month, claims.year);
  await expectValidationError(page, "The mentor has already been added");
  await checkPage(page);

  // A teacher who is nobody's mentor yet.
  await fill(page, fresh.trn, fresh.day, fresh.month, fresh.year);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`${fresh.name} ${fresh.trn}`) })).toBeVisible();

  await page.getByRole("link", { name: fresh.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fresh.name);
  await expect(page.locator(".govuk-summary-list")).toContainText(fresh.trn);
  await checkPage(page);
});
