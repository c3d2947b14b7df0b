import { checkPage, expect, expectValidationError, signInAs, signOut, test } from "../support/fixtures";

/**
 * The seeded claim 30000005 (Haverstock School, Best Practice Network) was rejected by the school after the audit:
 * Megan Evans's 6 hours were not assured. Colin requests the clawback, cannot approve it himself, Priya (a second
 * support user) rejects it, Colin changes Megan's hours, Priya approves it, the ready claim is sent to the payer, and the payer's response completes it.
 */
test("a clawback requested by one support user is refused to them, rejected then approved by a second, sent to the payer and completed by the payer response", async ({
  page,
}) => {
  test.setTimeout(420_000); // ~20 pages, each with axe, on a shared 2-core machine
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claims/clawbacks");
  await expect(page.getByRole("heading", { level: 2, name: "Clawbacks" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send claims to payer" })).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: "30000005" });
  await expect(row.locator(".govuk-tag")).toHaveText("Rejected by school");
  await checkPage(page);

  await page.getByRole("link", { name: "30000005" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claim - 30000005" })).toBeVisible();
  await checkPage(page);
  const claimUrl = page.url();

  // Request clawback: one step for Megan Evans, whose training was not assured.
  await page.getByRole("button", { name: "Request clawback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Megan Evans" })).toBeVisible();
  await expect(page.getByText("The school says the mentor attended two of the sessions")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter the number of hours to clawback");
  await expectValidationError(page, "Enter the details about your decision.");
  await checkPage(page);
  await page.getByLabel("Number of hours the mentor worked").fill("7");
  await page.getByLabel("Explain your decision").fill("The register shows two sessions attended");
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Enter a whole number of hours between 0 and 6");
  await page.getByLabel("Number of hours the mentor worked").fill("2");
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  const megan = page.getByRole("row").filter({ hasText: "Megan Evans" });
  await expect(megan.getByRole("cell").nth(2)).toHaveText("4 hours"); // clawed back: 6 claimed − 2 worked
  await checkPage(page);
  await page.getByRole("button", { name: "Request clawback" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Clawback requested");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Clawback requires approval");
  await expect(page.getByText("Clawback requested by")).toBeVisible();
  await checkPage(page);

  // Four eyes: the requester is refused.
  await page.getByRole("button", { name: "Approve clawback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You cannot approve this clawback" })).toBeVisible();
  await checkPage(page);
  await signOut(page);

  // Priya says No for Megan: the clawback goes back to Colin.
  await signInAs(page, "claims", "Priya");
  await page.goto(claimUrl);
  await page.getByRole("button", { name: "Approve clawback" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Megan Evans" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expectValidationError(page, "Select yes if you approve the clawback for this mentor");
  await checkPage(page);
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByLabel("Why do you not approve the clawback?").fill("The register shows three sessions");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("Not approved: The register shows three sessions")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Please inform Colin Chapman");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Clawback rejected");
  await checkPage(page);
  await signOut(page);

  // Colin changes Megan's clawback, which asks for approval again.
  await signInAs(page, "claims", "Colin");
  await page.goto(claimUrl);
  await page.getByRole("link", { name: "Change clawback for Megan Evans" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Megan Evans" })).toBeVisible();
  await expect(page.getByText("Why the clawback was rejected: The register shows three sessions")).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Number of hours the mentor worked").fill("3");
  await page.getByRole("button", { name: "Request clawback" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Clawback requested");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Clawback requires approval");
  await signOut(page);

  // Priya approves it.
  await signInAs(page, "claims", "Priya");
  await page.goto(claimUrl);
  await page.getByRole("button", { name: "Approve clawback" }).click();
  await page.getByRole("radio", { name: "Yes" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Approved: 3 hours clawed back")).toBeVisible();
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Clawback approved");
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Ready for clawback");

  // Send claims to payer.
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await page.getByRole("button", { name: "Send claims to payer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Send claims to payer" })).toBeVisible();
  await expect(page.getByText("There is 1 claim included in this submission")).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Send claims" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Claims sent to payer");
  await expect(row.locator(".govuk-tag")).toHaveText("Sent to payer for clawback");
  await expect(page.getByRole("button", { name: "Send claims to payer" })).toHaveCount(0);
  await checkPage(page);

  // The payer's clawback response: a file with a wrong row changes nothing; the corrected file completes the claim.
  const csv = (text: string) => ({ name: "clawback-response.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await page.getByRole("button", { name: "Upload payer response" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Upload payer clawback response" })).toBeVisible();
  await checkPage(page);
  await page
    .getByLabel("Upload payer clawback response")
    .setInputFiles(csv("claim_reference,claim_status\n30000005,clawback_complete\n30000001,clawback_complete\n"));
  await page.getByRole("button", { name: "Upload CSV file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The selected file has errors" })).toBeVisible();
  await expect(page.getByText("Claim 30000001 has not been sent to the payer for clawback").first()).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Upload a new file" }).click();
  await page
    .getByLabel("Upload payer clawback response")
    .setInputFiles(csv("claim_reference,claim_status\n30000005,clawback_complete\n"));
  await page.getByRole("button", { name: "Upload CSV file" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to upload the payer clawback response?" }),
  ).toBeVisible();
  await checkPage(page);
  await page.getByRole("button", { name: "Upload payer clawback response" }).click();
  await expect(page.locator(".govuk-notification-banner")).toContainText("Payer clawback response uploaded");
  await expect(row).toHaveCount(0); // complete: no longer in the clawback cycle
  await page.goto(claimUrl);
  await expect(page.locator("main .govuk-tag").first()).toHaveText("Clawback complete");
});
