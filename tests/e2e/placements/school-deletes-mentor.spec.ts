import { checkPage, expect, signInAs, test } from "../support/fixtures";

// Journeys visit many pages and run axe on each; the shared CI machine is slow.
test.describe.configure({ timeout: 600_000 });

/** Mentors of Anne's Riverside Primary School (seed): Zara Quinn is on a placement; these two are on none. */
const REMOVABLE: Record<string, string> = { js: "Fatima Shah", "no-js": "George Thompson" };

test("a school cannot delete a mentor on a placement, and deletes one who is not", async ({ page }, testInfo) => {
  const name = REMOVABLE[testInfo.project.name];
  await signInAs(page, "placements", "Anne");
  const schoolId = /\/placements\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  const base = `/placements/schools/${schoolId}/mentors`;
  await page.goto(base);

  await page.getByRole("link", { name: "Zara Quinn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Zara Quinn");
  await checkPage(page);
  await page.getByRole("link", { name: "Delete mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You cannot delete this mentor");
  await expect(page.getByRole("button", { name: "Delete mentor" })).toHaveCount(0);
  await checkPage(page);
  // The placement that stops it.
  await page.getByRole("link", { name: "Primary (Year 2)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Primary (Year 2)");
  await checkPage(page);

  await page.goto(base);
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Delete mentor" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to delete this mentor?");
  await expect(page.getByText(`You will no longer be able to assign ${name} to placements.`)).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Delete mentor" }).click();

  await expect(page).toHaveURL(base);
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Mentor deleted");
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Zara Quinn" })).toBeVisible();
  await checkPage(page);
});

test("a school cannot see or delete another school's mentor", async ({ page, browser }) => {
  // Noah Vaughan, a mentor of Mary's Greenfield Secondary, found as Mary would.
  const mary = await browser.newContext();
  const maryPage = await mary.newPage();
  await signInAs(maryPage, "placements", "Mary");
  await maryPage.getByRole("link", { name: "Greenfield Secondary School" }).click();
  const marySchoolId = /\/placements\/schools\/([0-9a-f-]{36})/.exec(maryPage.url())?.[1];
  await maryPage.goto(`/placements/schools/${marySchoolId}/mentors`);
  const mentorHref = await maryPage.getByRole("link", { name: "Noah Vaughan" }).getAttribute("href");
  await mary.close();
  const maryMentorId = mentorHref?.split("/").pop();
  expect(maryMentorId).toMatch(/^[0-9a-f-]{36}$/);

  await signInAs(page, "placements", "Anne");
  const anneSchoolId = /\/placements\/schools\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  for (const path of [
    `/placements/schools/${marySchoolId}/mentors`,
    `/placements/schools/${marySchoolId}/mentors/new`,
    `/placements/schools/${anneSchoolId}/mentors/${maryMentorId}`,
    `/placements/schools/${anneSchoolId}/mentors/${maryMentorId}/remove`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  await checkPage(page);

  // Posted in a form: Anne's own delete form, sent for Mary's mentor.
  await page.goto(`/placements/schools/${anneSchoolId}/mentors`);
  await page.getByRole("link", { name: "Liam Roberts" }).click();
  await page.getByRole("link", { name: "Delete mentor" }).click();
  const csrf = await page.locator("input[name=_csrf]").first().inputValue();
  const response = await page.request.post(`/placements/schools/${anneSchoolId}/mentors/${maryMentorId}/remove`, {
    form: { _csrf: csrf },
    headers: { Origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(404);
});
