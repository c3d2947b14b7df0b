import { readFileSync } from "node:fs";
import { checkPage, expect, signInAs, test } from "../support/fixtures";

test("support sends last year's submitted claims to the payer, and the payer's e-mailed link downloads them once", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000); // ~10 pages, each with axe, on a shared 2-core machine
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claims/payments");
  await checkPage(page);
  await page.getByRole("button", { name: "Send claims to payer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Select a claim window" })).toBeVisible();
  await checkPage(page);

  // No window chosen: the GOV.UK error
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator(".govuk-error-summary")).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await checkPage(page);

  // Last year's window holds exactly one submitted claim (40000007)
  const now = new Date();
  const thisYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const lastYear = page.locator(".govuk-radios__item", {
    hasText: `${thisYear - 1} to ${thisYear}: 1 submitted claim`,
  });
  await lastYear.getByRole("radio").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.locator(".govuk-summary-list__row", { hasText: "Claims to send" })).toContainText("1");
  await checkPage(page);
  await page.getByRole("button", { name: "Send claims" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toBeVisible();
  await expect(page.getByRole("link", { name: /40000007/ })).toBeVisible();
  await checkPage(page);

  // The payer's e-mail reaches the fake GOV.UK Notify with a one-time link
  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  const email = page.locator("section", { hasText: "Claims ready for payment" }).first();
  await expect(email).toContainText("payer@example.com");
  const link = await email.getByRole("link", { name: "Download the claims" }).getAttribute("href");
  expect(link, "the e-mail's download link").toMatch(/\/claims\/payments\/claims\?token=[\w-]+/);

  // The payer is not signed in: a browser of their own
  const payer = await (await browser.newContext()).newPage();
  try {
    await payer.goto(link!);
    await expect(payer.getByRole("heading", { level: 1, name: "Claims ready for payment" })).toBeVisible();
    await checkPage(payer);
    const downloading = payer.waitForEvent("download");
    await payer.getByRole("button", { name: "Download" }).click();
    const csv = readFileSync((await (await downloading).path())!, "utf8");
    expect(csv).toContain("40000007");

    // Used once: the link now shows the GOV.UK error page
    await payer.goto(link!);
    await expect(
      payer.getByRole("heading", { level: 1, name: "Sorry, there is a problem with the download link" }),
    ).toBeVisible();
    await checkPage(payer);
  } finally {
    await payer.context().close();
  }
});
