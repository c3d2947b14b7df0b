import { expect, signInAs, signOut, test } from "../support/fixtures";

// Long journeys with axe on every page: the shared 2-core machine needs more than the default 60 s.
test.describe.configure({ timeout: 300_000 });

/** Object-level authorization over HTTP: another school's users are a 404, and nothing changes. */
test("Anne cannot see or remove the users of Mary's school", async ({ page }) => {
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/schools?query=Hillside");
  const href = await page.getByRole("link", { name: "Hillside Academy" }).getAttribute("href");
  const marySchoolId = href?.split("/")[3];
  expect(marySchoolId).toMatch(/^[0-9a-f-]{36}$/);
  await page.goto(`/claims/schools/${marySchoolId}/users`);
  const maryHref = await page.getByRole("link", { name: "Mary Lawson" }).getAttribute("href");
  const maryUserPath = maryHref!;
  await signOut(page);

  await signInAs(page, "claims", "Anne");
  const listResponse = await page.goto(`/claims/schools/${marySchoolId}/users`);
  expect(listResponse?.status()).toBe(404);
  expect((await page.goto(maryUserPath))?.status()).toBe(404);
  const ownUsers = page.url();
  void ownUsers;
  const csrf = await page.locator("input[name=_csrf]").first().inputValue();
  const post = await page.request.post(`${maryUserPath}/remove`, { form: { _csrf: csrf }, maxRedirects: 0 });
  expect(post.status()).toBe(404);
  await signOut(page);

  await signInAs(page, "claims", "Colin");
  await page.goto(`/claims/schools/${marySchoolId}/users`);
  await expect(page.getByRole("link", { name: "Mary Lawson" })).toBeVisible();
});
