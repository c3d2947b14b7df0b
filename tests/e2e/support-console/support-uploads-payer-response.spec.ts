import { checkPage, expect, signInAs, signOut, test, type Page } from "../support/fixtures";
import { expectFormError } from "../support/claims";

/** Seeded claims sent to the payer (prisma/seed.ts): one per project, so js and no-js never share one. */
const reference = () => (test.info().project.name === "js" ? "40000001" : "40000002");

async function chooseFile(page: Page, name: string, content: string) {
  await page
    .getByLabel("Upload payer response")
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Upload CSV file" }).click();
}

test("support uploads a payer response with a bad row (nothing applied), then a good one; the same file again changes nothing; the school sees Paid", async ({
  page,
}) => {
  test.setTimeout(300_000); // ~8 pages, each with axe, on a shared 2-core machine
  const ref = reference();
  const header = "claim_reference,claim_status,claim_unpaid_reason\n";
  const claimRow = (p: Page) => p.getByRole("row").filter({ has: p.getByRole("link", { name: ref }) });

  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claims/payments");
  await expect(claimRow(page)).toContainText("Payer payment review");
  await checkPage(page);
  await page.getByRole("button", { name: "Upload payer response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload payer response" })).toBeVisible();
  await checkPage(page);

  // A file with a bad row: the errors page lists it, and nothing is applied.
  await chooseFile(
    page,
    "payer-response-bad.csv",
    `${header}${ref},paid,\n99999999,paid,\n30000003,unpaid,Bank details\n`,
  );
  await expect(page.getByRole("heading", { level: 1, name: "The selected file has errors" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  const summary = page.locator(".govuk-error-summary");
  await expect(summary).toContainText("Row 3: There is no claim with the reference 99999999");
  await expect(summary).toContainText("Row 4: Claim 30000003 is not waiting for payment");
  await checkPage(page);
  await page.goto("/claims/support/claims/payments");
  await expect(claimRow(page)).toContainText("Payer payment review");

  // The good file: confirmation table, then applied.
  await page.getByRole("button", { name: "Upload payer response" }).click();
  const good = `${header}${ref},paid,\n`;
  await chooseFile(page, "payer-response.csv", good);
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to upload the payer response?" }),
  ).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: ref })).toContainText("Paid");
  await checkPage(page);
  await page.getByRole("button", { name: "Upload payer response" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Payer response uploaded");
  await expect(page.locator(".govuk-notification-banner")).toContainText("1 claim has been updated.");
  await expect(claimRow(page)).toHaveCount(0);
  await checkPage(page);

  // The same file again: refused as a whole, nothing changes.
  await page.getByRole("button", { name: "Upload payer response" }).click();
  await chooseFile(page, "payer-response.csv", good);
  await expectFormError(page, "This payer response has already been uploaded. Nothing has been changed.");
  await checkPage(page);
  await signOut(page);

  // Mary sees the claim as paid (last year's claims of St Mary's).
  await signInAs(page, "claims", "Mary");
  await page.getByRole("link", { name: "St Mary's Church of England Primary School" }).click();
  await page.getByRole("navigation", { name: "Academic years" }).getByRole("link").nth(1).click();
  await expect(claimRow(page)).toContainText("Paid");
  await checkPage(page);
});
