import { checkPage, expect, signInAs, test } from "../support/fixtures";
import { expectFormError } from "../support/claims";

/** Seeded claims being audited (prisma/seed.ts): one per project, so js and no-js never share one. */
const reference = () => (test.info().project.name === "js" ? "40000005" : "40000006");

test("support records the provider's rejection by hand, then the school's response; errors when a reason is missing", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~8 pages, each with axe, on a shared 2-core machine
  const ref = reference();
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claims/sampling");
  await page.getByRole("link", { name: ref }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Claim - ${ref}` })).toBeVisible();
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Audit requested");
  await checkPage(page);

  // Confirm provider rejected: a mentor must be chosen, with the provider's reason.
  await page.getByRole("button", { name: "Confirm provider rejected" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Which mentors did the provider not assure?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Confirm provider rejected" }).click();
  await expectFormError(page, "Select the mentors the provider did not assure");
  await checkPage(page);
  await page.getByRole("checkbox", { name: "Chloe O’Brien" }).check();
  await page.getByRole("button", { name: "Confirm provider rejected" }).click();
  await expectFormError(page, "Enter the provider’s reason for Chloe O’Brien");
  await page.getByLabel("Provider’s reason for Chloe O’Brien").fill("No record of the training");
  await page.getByRole("button", { name: "Confirm provider rejected" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider rejection recorded");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Rejected by provider");
  await expect(page.getByText("No record of the training")).toBeVisible();
  await checkPage(page);

  // Reject claim: the school's response for the mentor the provider did not assure.
  await page.getByRole("button", { name: "Reject claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Record the school’s response" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Reject claim" }).click();
  await expectFormError(page, "Enter the school’s response for Chloe O’Brien");
  await checkPage(page);
  await page.getByLabel("School’s response for Chloe O’Brien").fill("The school cannot find the timesheets");
  await page.getByRole("button", { name: "Reject claim" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim rejected");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Rejected by school");
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await checkPage(page);
});
