import { checkPage, expect, pickSuggestion, signInAs, test, typeSearch } from "../support/fixtures";

/**
 * The accredited provider field (AutocompleteField). With JavaScript: suggestions as Anne types (fed by @trpc/client
 * from /api/trpc), a pick goes straight past the options step. Without it: the search → options step, unchanged.
 * Nothing is saved: the journey stops before any claim is made.
 */
const LABEL = "Enter the accredited provider";

test("the provider step suggests accredited providers with JavaScript and lists options without it", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const js = test.info().project.name === "js";
  const heading = page.getByRole("heading", { level: 1 });
  await signInAs(page, "claims", "Anne");
  await page.getByRole("button", { name: "Add claim" }).click();
  await expect(heading).toContainText(LABEL);

  if (!js) {
    await typeSearch(page, LABEL, "Univ");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(heading).toHaveText("Select the accredited provider");
    await expect(page.getByLabel("University of Bristol")).toBeVisible();
    await checkPage(page);
    return;
  }

  const field = page.getByLabel(LABEL, { exact: true });
  await expect(field).toHaveAttribute("aria-autocomplete", "list");
  await field.pressSequentially("Univ");
  const listbox = page.getByRole("listbox");
  await expect(listbox.getByRole("option", { name: /^University of Bristol/ })).toBeVisible();
  // Only claimable providers: the NIoT sub-providers are never suggested.
  await expect(listbox.getByRole("option", { name: /National Institute of Teaching - / })).toHaveCount(0);
  await checkPage(page); // axe with the suggestions open
  await listbox.getByRole("option", { name: /^University of Bristol/ }).click();
  await expect(field).toHaveValue("University of Bristol");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(heading).toHaveText(/^(Mentors you are claiming for|There are no mentors you can include in a claim)$/);
  await expect(page).not.toHaveURL(/provider-options/);
  await checkPage(page);

  // Back: the pick is kept as text. Changing the text after a pick is a new search (the options step).
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(field).toHaveValue("University of Bristol");
  await pickSuggestion(page, LABEL, "Leeds", "University of Leeds");
  await typeSearch(page, LABEL, "Leeds");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(heading).toHaveText("Select the accredited provider");
  await checkPage(page);
});
