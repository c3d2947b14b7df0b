import { checkPage, expect, signInAs, test, type Page } from "../support/fixtures";

/** Seeded paid claims with two mentors (prisma/seed.ts): one per project, so js and no-js never share one. */
const reference = () => (test.info().project.name === "js" ? "40000003" : "40000004");

async function chooseFile(page: Page, label: string, name: string, content: string) {
  await page.getByLabel(label).setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Upload CSV file" }).click();
}

test("support uploads claims to be sampled, then a provider response with a bad row (nothing applied), then a good one", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~9 pages, each with axe, on a shared 2-core machine
  const ref = reference();
  const claimRow = (p: Page) => p.getByRole("row").filter({ has: p.getByRole("link", { name: ref }) });

  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claims/sampling");
  await expect(page.getByRole("heading", { level: 2, name: "Auditing" })).toBeVisible();
  await expect(claimRow(page)).toHaveCount(0);
  await checkPage(page);

  // Claims to be sampled: confirmation table, then the claim is being audited.
  await page.getByRole("button", { name: "Upload claims to be sampled" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload claims to be sampled" })).toBeVisible();
  await checkPage(page);
  await chooseFile(
    page,
    "Upload claims to be sampled",
    "sampling.csv",
    `claim_reference,sample_reason\n${ref},Random sample\n`,
  );
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to upload the sampling data?" }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: ref })).toContainText("Random sample");
  await checkPage(page);
  await page.getByRole("button", { name: "Upload data" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Auditing data uploaded");
  await expect(claimRow(page)).toContainText("Audit requested");
  await checkPage(page);

  // Provider response with bad rows: a mentor not on the claim, and one of the claim's mentors without a row.
  const header = "claim_reference,mentor_full_name,claim_accepted,rejection_reason\n";
  await page.getByRole("button", { name: "Upload provider response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload provider response" })).toBeVisible();
  await checkPage(page);
  await chooseFile(
    page,
    "Upload provider response",
    "provider-response-bad.csv",
    `${header}${ref},Ben Patel,yes,\n${ref},Sarah Ahmed,yes,\n`,
  );
  await expect(page.getByRole("heading", { level: 1, name: "The selected file has errors" })).toBeVisible();
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText(`Row 2: Claim ${ref} has no row for its mentor Chloe O’Brien`);
  await expect(summary).toContainText(`Row 3: Sarah Ahmed is not a mentor on claim ${ref}`);
  await checkPage(page);
  await page.goto("/claims/support/claims/sampling");
  await expect(claimRow(page)).toContainText("Audit requested");

  // The good file: one mentor not assured → rejected by the provider.
  await page.getByRole("button", { name: "Upload provider response" }).click();
  await chooseFile(
    page,
    "Upload provider response",
    "provider-response.csv",
    `${header}${ref},Ben Patel,yes,\n${ref},Chloe O’Brien,no,Training not attended\n`,
  );
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to upload the provider response?" }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Chloe O’Brien" })).toContainText("Training not attended");
  await checkPage(page);
  await page.getByRole("button", { name: "Upload provider response" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Provider response uploaded");
  await expect(claimRow(page)).toContainText("Rejected by provider");
  await checkPage(page);

  // Support approves the claim after all (the audit found nothing wrong): it is paid again.
  await claimRow(page).getByRole("link", { name: ref }).click();
  await expect(page.getByText("Training not attended")).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to approve the claim?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Approve claim" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claim approved");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Paid");
  await checkPage(page);
});
