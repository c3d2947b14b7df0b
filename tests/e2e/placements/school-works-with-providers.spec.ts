import {
  checkPage,
  expect,
  expectValidationError,
  pickSuggestion,
  signInAs,
  test,
  typeSearch,
} from "../support/fixtures";

test.describe.configure({ timeout: 600_000 });

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const SEARCH_LABEL = "Add a provider";

test("a school adds a partner provider, is told when one has already been added, and deletes it", async ({
  page,
}, testInfo) => {
  await signInAs(page, "placements", "Anne");
  await page.getByRole("link", { name: "Providers", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Providers you work with" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Best Practice Network" })).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Add provider" }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEARCH_LABEL })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(
    page,
    "Enter a provider name, United Kingdom provider number (UKPRN), unique reference number (URN) or postcode",
  );
  await checkPage(page);

  // Search → options → confirm.
  await typeSearch(page, SEARCH_LABEL, "University of Leeds");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /results? found for ‘University of Leeds’/ })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select a provider");
  await checkPage(page);
  await page.getByLabel("University of Leeds", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm provider details" })).toBeVisible();
  await expect(page.locator(".govuk-summary-list")).toContainText("University of Leeds");
  await checkPage(page);
  await page.getByRole("button", { name: "Confirm and add provider" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider added");
  await expect(page.locator(".govuk-notification-banner")).toContainText(
    "You can now add University of Leeds to your placements.",
  );
  await expect(page.getByRole("link", { name: "University of Leeds" })).toBeVisible();
  await checkPage(page);

  // A provider already added.
  await page.getByRole("button", { name: "Add provider" }).click();
  await typeSearch(page, SEARCH_LABEL, "Best Practice");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Best Practice Network", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Best Practice Network has already been added. Try another provider");
  await checkPage(page);

  if (testInfo.project.name === "js") {
    // A suggestion picked from the list goes straight to the confirmation; an added one is refused on the field.
    await page.getByRole("link", { name: "Change your search" }).click();
    await page.getByLabel(SEARCH_LABEL, { exact: true }).clear();
    await pickSuggestion(page, SEARCH_LABEL, "Leeds Trin", "Leeds Trinity University");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Confirm provider details" })).toBeVisible();
    await page.getByRole("link", { name: "Change provider" }).click();
    await page.getByLabel(SEARCH_LABEL, { exact: true }).clear();
    await pickSuggestion(page, SEARCH_LABEL, "University of Lee", "University of Leeds");
    await page.getByRole("button", { name: "Continue" }).click();
    await expectValidationError(page, "University of Leeds has already been added. Try another provider");
    await checkPage(page);
  }

  // Delete it again (the other project starts from the same data).
  await page.goto(new URL(page.url()).pathname.replace(/\/partner-providers\/.*$/, "/partner-providers"));
  await page.getByRole("link", { name: "University of Leeds" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "University of Leeds" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Delete provider" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to delete this provider?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Delete provider" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider deleted");
  await expect(page.getByRole("link", { name: "University of Leeds" })).toHaveCount(0);
  await checkPage(page);
});

test("a school assigns a partner provider to placements (the last one confirmed) and removes it; the provider is e-mailed", async ({
  page,
}) => {
  await signInAs(page, "placements", "Anne");
  const schoolId = page.url().match(UUID)![0];
  await page.goto(`/placements/schools/${schoolId}/placements`);

  await page.getByRole("link", { name: "Primary (Year 2)" }).click();
  const yearTwo = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Assign a provider" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Select a provider" })).toBeVisible();
  await checkPage(page);
  // "Not yet known" changes nothing.
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`${yearTwo}$`));
  await page.getByRole("link", { name: "Assign a provider" }).click();
  await page.getByLabel("Best Practice Network").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider updated");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Assigned to provider");
  await expect(page.locator(".govuk-summary-list")).toContainText("Best Practice Network");
  await checkPage(page);

  // The school's last available placement of the year: confirmed first.
  await page.goto(`/placements/schools/${schoolId}/placements`);
  await page.getByRole("link", { name: "Primary (Reception)" }).click();
  const reception = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Assign a provider" }).click();
  await page.getByLabel("Best Practice Network").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "You are assigning your last available placement to a provider" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Assign provider" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider updated");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Assigned to provider");

  // Remove the provider from both again.
  for (const path of [reception, yearTwo]) {
    await page.goto(path);
    await page.getByRole("link", { name: "Remove provider" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Are you sure you want to remove Best Practice Network from this placement?",
      }),
    ).toBeVisible();
    // Best Practice Network is onboarded to placements: its users are e-mailed.
    await expect(page.getByText("We will send an email to let them know they should no longer arrange")).toBeVisible();
    await checkPage(page);
    await page.getByRole("button", { name: "Remove provider" }).click();
    await expect(page.locator(".govuk-notification-banner")).toContainText("Provider removed");
    await expect(page.locator("main .govuk-tag").first()).toHaveText("Available");
  }
  await checkPage(page);

  // The e-mails reach (fake) GOV.UK Notify.
  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  for (const subject of [
    "A school wants you to place a trainee with them",
    "A school has removed you from a placement",
    "You have removed a provider from a placement",
  ]) {
    await expect(
      page
        .locator("section")
        .filter({ has: page.getByRole("heading", { name: subject }) })
        .first(),
    ).toBeVisible();
  }
  await checkPage(page);
});

test("a school adds and deletes a provider onboarded to placements; the provider's users are e-mailed both times", async ({
  page,
}) => {
  await signInAs(page, "placements", "Mary");
  await page.getByRole("link", { name: /Meadow View/ }).click();
  await page.getByRole("link", { name: "Providers", exact: true }).click();
  await expect(page.getByText("There are no providers for Meadow View All-through School.")).toBeVisible();
  await page.getByRole("button", { name: "Add provider" }).click();
  await typeSearch(page, SEARCH_LABEL, "Best Practice");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Best Practice Network", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("We will send them an email to let them know you have added them.")).toBeVisible();
  await page.getByRole("button", { name: "Confirm and add provider" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider added");

  await page.getByRole("link", { name: "Best Practice Network" }).click();
  await page.getByRole("link", { name: "Delete provider" }).click();
  await expect(page.locator(".govuk-warning-text")).toContainText(
    "We will send an email to Best Practice Network to let them know they are no longer one of your providers.",
  );
  await page.getByRole("button", { name: "Delete provider" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider deleted");

  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  for (const subject of ["A school has added you", "A school has removed you"]) {
    const email = page.locator("section").filter({ has: page.getByRole("heading", { name: subject, exact: false }) });
    await expect(email.filter({ hasText: "Meadow View All-through School" }).first()).toBeVisible();
  }
  await checkPage(page);
});

test("another school's partner provider pages are not found, also when another id is posted in a form", async ({
  page,
}) => {
  await signInAs(page, "placements", "Mary");
  await page.getByRole("link", { name: /Greenfield/ }).click();
  const greenfield = page.url().match(UUID)![0];

  await signInAs(page, "placements", "Anne");
  const anneSchool = page.url().match(UUID)![0];
  const partners = `/placements/schools/${anneSchool}/partner-providers`;
  // A provider Riverside does not work with, from the options step.
  await page.goto(`${partners}/new`);
  await typeSearch(page, SEARCH_LABEL, "University of Leeds");
  await page.getByRole("button", { name: "Continue" }).click();
  const leeds = await page.getByLabel("University of Leeds", { exact: true }).getAttribute("value");

  // Posting it as the placement's provider is a 404, and nothing changes.
  await page.goto(`/placements/schools/${anneSchool}/placements`);
  await page.getByRole("link", { name: "Primary (Year 2)" }).click();
  const placement = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Assign a provider" }).click();
  const bpnRadio = page.getByLabel("Best Practice Network");
  // Checked first: with JavaScript, React renders the radio again when it is checked.
  await bpnRadio.check();
  await bpnRadio.evaluate((input, id) => input.setAttribute("value", id!), leeds);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await checkPage(page);
  await page.goto(placement);
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Available");

  // Deleting through another school's address is a 404: the partnership stays.
  await page.goto(partners);
  await page.getByRole("link", { name: "Best Practice Network" }).click();
  const providerId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("link", { name: "Delete provider" }).click();
  await page
    .locator("main form")
    .evaluate(
      (form, path) => form.setAttribute("action", path),
      `/placements/schools/${greenfield}/partner-providers/${providerId}/remove`,
    );
  await page.getByRole("button", { name: "Delete provider" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.goto(partners);
  await expect(page.getByRole("link", { name: "Best Practice Network" })).toBeVisible();

  await signInAs(page, "placements", "Mary");
  for (const path of ["", `/${providerId}`, `/${providerId}/remove`, "/new"]) {
    const response = await page.goto(`${partners}${path}`);
    expect(response?.status()).toBe(404);
  }
  await checkPage(page);
});
