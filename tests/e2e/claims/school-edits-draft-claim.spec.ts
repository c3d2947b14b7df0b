import {
  anotherAmountField,
  claimReference,
  enterAnotherAmount,
  enterProvider,
  schoolClaimsUrl,
  supportAddsDraft,
} from "../support/claims";
import { checkPage, expect, signInAs, signOut, test } from "../support/fixtures";

/**
 * Support adds a draft for Anne's Springfield Primary School; Anne changes its provider, mentors and
 * hours from the check-your-answers page and submits it. The js and no-js projects share one
 * database, so each uses its own providers (the allowance is per mentor and provider).
 */
const PROVIDERS = {
  js: { draft: "The University of Manchester", changed: "Sheffield Hallam University" },
  "no-js": { draft: "University of Bristol", changed: "Newcastle University" },
} as const;

test("a school user changes a draft's provider, mentors and hours, then submits it", async ({ page }, testInfo) => {
  test.setTimeout(300_000); // ~15 pages, each with axe, on a shared 2-core machine
  const providers = PROVIDERS[testInfo.project.name as keyof typeof PROVIDERS];
  const claimsUrl = await schoolClaimsUrl(page, "Anne");
  await signInAs(page, "claims", "Colin");
  const claimUrl = await supportAddsDraft(page, claimsUrl, {
    provider: providers.draft,
    mentor: "Priya Chauhan",
    hours: "3",
  });
  await signOut(page);

  await signInAs(page, "claims", "Anne");
  await page.goto(claimUrl);
  await expect(page.locator("main .govuk-tag")).toHaveText("Draft");
  await checkPage(page);
  const reference = await claimReference(page);
  const details = page.locator(".govuk-summary-list");
  await expect(details.getByText(providers.draft)).toBeVisible();
  await expect(details.getByText("3 hours").first()).toBeVisible();

  // provider: a new provider clears the mentors, so the wizard asks for them and their hours again
  await page.getByRole("link", { name: "Change accredited provider" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Enter the accredited provider");
  await expect(page.getByLabel("Enter the accredited provider")).toHaveValue(providers.draft);
  await checkPage(page);
  await enterProvider(page, providers.changed);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mentors you are claiming for");
  await expect(page.getByLabel("Priya Chauhan")).not.toBeChecked();
  await checkPage(page);
  await page.getByLabel("Priya Chauhan").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hours of training for Priya Chauhan");
  await checkPage(page);
  await enterAnotherAmount(page, "5");

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);
  const answers = page.locator("main .govuk-summary-list");
  await expect(answers.getByText(providers.changed)).toBeVisible();
  await expect(answers.getByText(providers.draft)).toHaveCount(0);
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Priya Chauhan" }).last()).toContainText(
    "5 hours",
  );

  // mentors: add a second mentor, whose hours are asked for, then back to check your answers
  await page.getByRole("link", { name: "Change mentors" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mentors you are claiming for");
  await expect(page.getByLabel("Priya Chauhan")).toBeChecked();
  await checkPage(page);
  await page.getByLabel("Daniel Okafor").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hours of training for Daniel Okafor");
  await checkPage(page);
  await enterAnotherAmount(page, "2");
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await checkPage(page);

  // hours: the step opens with the current answer
  await page.getByRole("link", { name: "Change hours for Priya Chauhan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hours of training for Priya Chauhan");
  await expect(anotherAmountField(page)).toHaveValue("5");
  await checkPage(page);
  await enterAnotherAmount(page, "7");

  // Springfield is Rest of England (£43.80 an hour): 7 + 2 hours = £394.20
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Priya Chauhan" }).last()).toContainText(
    "7 hours",
  );
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Daniel Okafor" }).last()).toContainText(
    "2 hours",
  );
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Total hours" })).toContainText("9 hours");
  await expect(answers.locator(".govuk-summary-list__row", { hasText: "Claim amount" })).toContainText("£394.20");
  await checkPage(page);
  await page.getByRole("button", { name: "Accept and submit" }).click();

  await expect(page.locator(".govuk-panel__title")).toHaveText("Claim submitted");
  await expect(page.locator(".govuk-panel__body strong")).toHaveText(reference);
  await checkPage(page);

  // the claim page shows the new answers, submitted by Anne
  await page.goto(claimUrl);
  await expect(page.locator("main .govuk-tag")).toHaveText("Submitted");
  await expect(page.getByText("Submitted by Anne Wilson")).toBeVisible();
  await expect(details.getByText(providers.changed)).toBeVisible();
  await expect(details.getByText(providers.draft)).toHaveCount(0);
  await expect(details.locator(".govuk-summary-list__row", { hasText: "Priya Chauhan" }).last()).toContainText(
    "7 hours",
  );
  await expect(details.locator(".govuk-summary-list__row", { hasText: "Daniel Okafor" }).last()).toContainText(
    "2 hours",
  );
  await expect(details.locator(".govuk-summary-list__row", { hasText: "Claim amount" })).toContainText("£394.20");
  await expect(page.locator("main").getByRole("link", { name: /^Change/ })).toHaveCount(0);
  await checkPage(page);
});
