import { checkPage, expect, expectValidationError, signInAs, test } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

/** Each project adds a different demo teacher (both run against the same database). */
const TEACHERS = {
  js: { trn: "1234567", day: "22", month: "1", year: "1991", firstName: "Jane", lastName: "Doe" },
  "no-js": { trn: "1234568", day: "14", month: "3", year: "1985", firstName: "John", lastName: "Smith" },
} as const;

async function fill(page: import("@playwright/test").Page, trn: string, day: string, month: string, year: string) {
  await page.getByLabel("Teacher reference number (TRN)").fill(trn);
  await page.getByLabel("Day").fill(day);
  await page.getByLabel("Month").fill(month);
  await page.getByLabel("Year").fill(year);
  await page.getByRole("button", { name: "Continue" }).click();
}

test("a school user adds a mentor with their TRN and date of birth", async ({ page }, testInfo) => {
  const teacher = TEACHERS[testInfo.project.name as keyof typeof TEACHERS];
  await signInAs(page, "claims", "Anne");
  const schoolId = /\/claims\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(schoolId).toBeTruthy();
  const base = `/claims/schools/${schoolId}/mentors`;

  await page.goto(base);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentors");
  await expect(page.getByRole("row", { name: /Sarah Ahmed 1000001/ })).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Add mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mentor details");
  await checkPage(page);

  // Nothing entered.
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a teacher reference number (TRN)");
  await page.screenshot({ path: testInfo.outputPath("mentor-details-errors.png"), fullPage: true });
  await expectValidationError(page, "Enter a date of birth");
  await checkPage(page);

  // A TRN that is not 7 digits and an impossible date.
  await fill(page, "123456", "31", "2", "1991");
  await expectValidationError(page, "Enter a 7 digit teacher reference number (TRN)");
  await expectValidationError(page, "Date of birth must be a real date");
  await expect(page.getByLabel("Teacher reference number (TRN)")).toHaveValue("123456");
  await checkPage(page);

  // The Teaching Record has no teacher with this TRN and date of birth.
  await fill(page, teacher.trn, "1", "1", "1990");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`No results found for ‘${teacher.trn}’`);
  await checkPage(page);
  await page.getByRole("link", { name: "Change your search" }).click();
  await expect(page.getByLabel("Teacher reference number (TRN)")).toHaveValue(teacher.trn);

  await fill(page, teacher.trn, teacher.day, teacher.month, teacher.year);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm mentor details");
  await page.screenshot({ path: testInfo.outputPath("confirm-mentor-details.png"), fullPage: true });
  await expect(page.locator(".govuk-summary-list__row", { hasText: "First name" })).toContainText(teacher.firstName);
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Last name" })).toContainText(teacher.lastName);
  await checkPage(page);
  await page.getByRole("button", { name: "Add mentor" }).click();

  await expect(page).toHaveURL(base);
  const banner = page.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText("Mentor added");
  await expect(banner).toContainText(`You are now able to add ${teacher.firstName} ${teacher.lastName} to a claim`);
  await expect(
    page.getByRole("row", { name: new RegExp(`${teacher.firstName} ${teacher.lastName} ${teacher.trn}`) }),
  ).toBeVisible();
  await checkPage(page);

  // The same mentor again.
  await page.getByRole("button", { name: "Add mentor" }).click();
  await fill(page, teacher.trn, teacher.day, teacher.month, teacher.year);
  await expectValidationError(page, "The mentor has already been added");
  await checkPage(page);
});

test("a school user cannot see another school's mentors", async ({ page, browser }) => {
  // Mary's school and one of its mentors, found as Mary would.
  const mary = await browser.newContext();
  const maryPage = await mary.newPage();
  await signInAs(maryPage, "claims", "Mary");
  const href = await maryPage.getByRole("link", { name: "Hillside Academy" }).getAttribute("href");
  const marySchoolId = /\/claims\/schools\/([0-9a-f-]{36})\//.exec(href ?? "")?.[1];
  await maryPage.goto(`/claims/schools/${marySchoolId}/mentors`);
  // Emma Fletcher is in a submitted claim, so no other journey removes her (school-removes-mentor.spec.ts).
  const mentorHref = await maryPage.getByRole("link", { name: "Emma Fletcher" }).getAttribute("href");
  await mary.close();
  expect(marySchoolId).toBeTruthy();
  expect(mentorHref).toMatch(/\/mentors\/[0-9a-f-]{36}$/);
  const maryMentorId = mentorHref!.split("/").pop();

  await signInAs(page, "claims", "Anne");
  const anneSchoolId = /\/claims\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];

  for (const path of [
    `/claims/schools/${marySchoolId}/mentors`,
    `/claims/schools/${marySchoolId}/mentors/${maryMentorId}`,
    `/claims/schools/${marySchoolId}/mentors/new`,
    `/claims/schools/${anneSchoolId}/mentors/${maryMentorId}`,
    `/claims/schools/${anneSchoolId}/mentors/${maryMentorId}/remove`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.goto(`/claims/schools/${marySchoolId}/mentors`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await checkPage(page);
});
