import {
  anotherAmountField,
  enterAnotherAmount,
  expectFormError,
  schoolClaimsUrl,
  supportAddsDraft,
} from "../support/claims";
import { checkPage, expect, signInAs, test } from "../support/fixtures";

/** Each project edits its own draft (one provider each, so no allowance is shared). */
const PROVIDERS = { js: "Bromley Schools' Collegiate", "no-js": "Cornwall SCITT" } as const;

test("two people change one draft: the second save is refused and writes nothing", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000); // ~10 pages, each with axe, in two browsers, on a shared 2-core machine
  const provider = PROVIDERS[testInfo.project.name as keyof typeof PROVIDERS];
  const claimsUrl = await schoolClaimsUrl(page, "Anne");
  const support = await browser.newContext();
  try {
    const supportPage = await support.newPage();
    await signInAs(supportPage, "claims", "Colin");
    const claimUrl = await supportAddsDraft(supportPage, claimsUrl, { provider, mentor: "Sarah Ahmed", hours: "2" });

    // Anne (school) and Colin (support, another browser) both open the draft's hours for a change
    await signInAs(page, "claims", "Anne");
    await page.goto(claimUrl);
    await page.getByRole("link", { name: "Change hours for Sarah Ahmed" }).click();
    const hoursField = anotherAmountField(page);
    await expect(hoursField).toHaveValue("2");
    await checkPage(page);
    await supportPage.getByRole("link", { name: "Change hours for Sarah Ahmed" }).click();
    await expect(anotherAmountField(supportPage)).toHaveValue("2");

    // Colin saves first
    await enterAnotherAmount(supportPage, "4");
    await supportPage.getByRole("button", { name: "Save changes" }).click();
    await expect(supportPage.locator(".govuk-notification-banner")).toContainText("Claim updated");

    // Anne saves (and submits) second, from the answers she saw before Colin's change
    await enterAnotherAmount(page, "6");
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await checkPage(page);
    await page.getByRole("button", { name: "Accept and submit" }).click();
    await expectFormError(page, "This claim has been changed by someone else");
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await checkPage(page);
    await page.screenshot({ path: `/tmp/claims-b-conflict-${testInfo.project.name}.png`, fullPage: true });
    // Anne now sees the claim as Colin left it (4 hours), not her stale 6
    const answers = page.locator(".govuk-summary-list");
    await expect(answers.locator(".govuk-summary-list__row", { hasText: "Sarah Ahmed" }).last()).toContainText(
      "4 hours",
    );
    await expect(answers.getByText("6 hours")).toHaveCount(0);

    // nothing of Anne's change was written: still a draft with Colin's 4 hours (4 × £43.80)
    await page.goto(claimUrl);
    await expect(page.locator("main .govuk-tag")).toHaveText("Draft");
    const details = page.locator(".govuk-summary-list");
    await expect(details.locator(".govuk-summary-list__row", { hasText: "Sarah Ahmed" }).last()).toContainText(
      "4 hours",
    );
    await expect(details.getByText("6 hours")).toHaveCount(0);
    await expect(details.locator(".govuk-summary-list__row", { hasText: "Claim amount" })).toContainText("£175.20");
    await checkPage(page);

    // She makes her change again on the current version, and this time it is submitted
    await page.getByRole("link", { name: "Change hours for Sarah Ahmed" }).click();
    await enterAnotherAmount(page, "6");
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
    await page.getByRole("button", { name: "Accept and submit" }).click();
    await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
    await page.goto(claimUrl);
    await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
    await expect(
      page.locator(".govuk-summary-list").locator(".govuk-summary-list__row", { hasText: "Sarah Ahmed" }).last(),
    ).toContainText("6 hours");
  } finally {
    await support.close();
  }
});
