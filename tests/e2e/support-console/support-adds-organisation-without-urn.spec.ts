import { checkPage, expect, expectValidationError, signInAs, test, typeSearch } from "../support/fixtures";

// One question per page with axe on every page and error state: longer than the default on a shared 2-core machine.
test.describe.configure({ timeout: 300_000 });

/** The claims console's "Add organisation without a URN" wizard (reference add_organisation_wizard). */
test("support adds an organisation without a URN, one question per page, and changes an answer", async ({
  page,
}, testInfo) => {
  const js = testInfo.project.name === "js";
  const name = js ? "Northfield Teaching Hub" : "Southfield Teaching Hub";
  const vendorNumber = js ? "7700001" : "7700002";
  await signInAs(page, "claims", "Colin");
  await page.getByRole("button", { name: "Add organisation without a URN" }).click();

  const continueButton = page.getByRole("button", { name: "Continue" });
  const heading = page.getByRole("heading", { level: 1 });

  await expect(heading).toHaveText("Organisation name");
  await checkPage(page);
  await continueButton.click();
  await expectValidationError(page, "Enter an organisation name");
  await checkPage(page);
  await page.getByLabel("Organisation name").fill(name);
  await continueButton.click();

  await expect(heading).toHaveText("Vendor number");
  await checkPage(page);
  await page.getByLabel("Vendor number").fill("56-78");
  await continueButton.click();
  await expectValidationError(page, "Vendor number must only include numbers, like 5678901");
  await checkPage(page);
  await page.getByLabel("Vendor number").fill(vendorNumber);
  await continueButton.click();

  await expect(heading).toHaveText("Region");
  await checkPage(page);
  await continueButton.click();
  await expectValidationError(page, "Select a region");
  await page.getByLabel("Outer London").check();
  await continueButton.click();

  await expect(heading).toHaveText("Address");
  await checkPage(page);
  await page.getByLabel("Address line 1").fill("1 Mill Lane");
  await page.getByLabel("Town or city").fill("Harrow");
  await page.getByLabel("Postcode").fill("HA1");
  await continueButton.click();
  await expectValidationError(page, "Enter a full UK postcode");
  await checkPage(page);
  await page.getByLabel("Postcode").fill("ha1 2ab");
  await continueButton.click();

  await expect(heading).toHaveText("Contact details");
  await checkPage(page);
  await page.getByLabel("Website (optional)").fill("not a website");
  await continueButton.click();
  await expectValidationError(page, "Enter a website address in the correct format, like https://www.example.com");
  await page.getByLabel("Website (optional)").fill("");
  await continueButton.click();

  await expect(heading).toHaveText("Check your answers");
  await checkPage(page);
  const answers = page.locator(".govuk-summary-list");
  await expect(answers).toContainText(name);
  await expect(answers).toContainText("Outer London");
  await expect(answers).toContainText("HA1 2AB");

  // Change the region from check your answers: back to check your answers, not through the later questions.
  await page.getByRole("link", { name: "Change region" }).click();
  await expect(heading).toHaveText("Region");
  await page.getByLabel("Fringe").check();
  await continueButton.click();
  await expect(heading).toHaveText("Check your answers");
  await expect(answers).toContainText("Fringe");

  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Organisation added");
  await checkPage(page);
  await typeSearch(page, "Search by organisation name, URN or postcode", name);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();
});
