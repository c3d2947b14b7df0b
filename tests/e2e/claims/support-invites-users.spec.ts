import { checkPage, expect, signInAs, test } from "../support/fixtures";

const csv = (content: string) => ({ name: "users.csv", mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });

test("support invites school users from a CSV file, and the invitation reaches GOV.UK Notify", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000); // several pages, each with axe, on a shared 2-core machine
  const email = `ivy.${testInfo.project.name}.${Date.now()}@example.com`;
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/settings");
  await page.getByRole("link", { name: "Invite school users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Invite school users" })).toBeVisible();
  await checkPage(page);

  // Every row is checked against the service: an unknown URN and a support user's address are listed, nothing applied.
  await page
    .getByLabel("Invite school users")
    .setInputFiles(
      csv(
        `email,school_urn,first_name,last_name\n${email},999999,Ivy,Invite\ncolin.chapman@education.gov.uk,107993,C,C\n`,
      ),
    );
  await page.getByRole("button", { name: "Upload CSV file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The selected file has errors" })).toBeVisible();
  await expect(page.getByText("There is no school with the URN 999999 taking part in claims").first()).toBeVisible();
  await expect(page.getByText("colin.chapman@education.gov.uk belongs to a support user").first()).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Upload a new file" }).click();
  await page
    .getByLabel("Invite school users")
    .setInputFiles(
      csv(
        `email,school_urn,first_name,last_name\n${email},107993,Ivy,Invite\nanne_wilson@example.org,107993,Anne,Wilson\n`,
      ),
    );
  await page.getByRole("button", { name: "Upload CSV file" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to invite these school users?" }),
  ).toBeVisible();
  const table = page.locator(".govuk-table");
  await expect(table.getByRole("row", { name: new RegExp(email.replace(/\./g, "\\.")) })).toContainText(
    "New user, will be invited",
  );
  await expect(table.getByRole("row", { name: /anne_wilson@example\.org/ })).toContainText("Already a user, no change");
  await checkPage(page);
  await page.getByRole("button", { name: "Invite school users" }).click();
  const banner = page.locator(".govuk-notification-banner--success");
  await expect(banner).toContainText("Users invited");
  await expect(banner).toContainText("1 user has been added and e-mailed an invitation (1 new user)");
  await checkPage(page);

  // The invitation went through the outbox to the (fake) GOV.UK Notify.
  const delivered = page.locator("section", { has: page.getByText(email, { exact: true }) });
  await page.goto("/dev/emails");
  await page.getByRole("button", { name: "Send queued e-mails now" }).click();
  await expect(delivered).toHaveCount(1);
  await expect(delivered.getByRole("heading", { level: 2 })).toHaveText(
    /Invitation to join Claim funding for mentor training$/,
  );
  await expect(delivered).toContainText("Dear Ivy,");
});

test("support invites provider users from a CSV file; the same file again changes nothing", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const email = `pat.${testInfo.project.name}.${Date.now()}@example.com`;
  const file = csv(`email,provider_code,first_name,last_name\n${email},1BN,Pat,Provider\n`);
  await signInAs(page, "claims", "Colin");
  for (const [heading, body] of [
    ["Users invited", "1 user has been added"],
    ["No users invited", "Everyone in the file is already a user of their provider. Nothing has been changed."],
  ]) {
    await page.goto("/claims/support/settings");
    await page.getByRole("link", { name: "Invite provider users" }).click();
    await page.getByLabel("Invite provider users").setInputFiles(file);
    await page.getByRole("button", { name: "Upload CSV file" }).click();
    await expect(page.locator(".govuk-table")).toContainText("Best Practice Network");
    await page.getByRole("button", { name: "Invite provider users" }).click();
    const banner = page.locator(".govuk-notification-banner--success");
    await expect(banner).toContainText(heading);
    await expect(banner).toContainText(body);
  }
  await checkPage(page);
});
