import { checkPage, expect, signInAs, test } from "../support/fixtures";

const csv = (content: string) => ({
  name: "schools.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(content, "utf8"),
});

test("support makes schools eligible for the open claim window from a name,urn file", async ({ page }) => {
  test.setTimeout(300_000); // several pages, each with axe, on a shared 2-core machine
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/claim-windows");
  const open = page.locator(".govuk-table__row", { has: page.locator(".govuk-tag", { hasText: /^Current$/ }) });
  await open.getByRole("link").first().click();
  await page.getByRole("link", { name: "Make schools eligible" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Make schools eligible" })).toBeVisible();
  await checkPage(page);

  // A name that does not match the URN: the row is reported and nothing is applied.
  await page.getByLabel("Make schools eligible").setInputFiles(csv("name,urn\nRiverside School,105788\n"));
  await page.getByRole("button", { name: "Upload CSV file" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "The selected file has errors" })).toBeVisible();
  await expect(page.getByText("There is no school called Riverside School with URN 105788").first()).toBeVisible();
  await checkPage(page);

  await page.getByRole("button", { name: "Upload a new file" }).click();
  await page.getByLabel("Make schools eligible").setInputFiles(csv("name,urn\nRiverside Primary School,105788\n"));
  await page.getByRole("button", { name: "Upload CSV file" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Are you sure you want to make these schools eligible?" }),
  ).toBeVisible();
  await expect(page.locator(".govuk-table")).toContainText("Riverside Primary School");
  await checkPage(page);
  await page.getByRole("button", { name: "Make schools eligible" }).click();
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("Schools made eligible");
  await expect(page.locator(".govuk-notification-banner--success")).toContainText("(1 school in the file)");
  await checkPage(page);

  // The school is now in claims: support finds it among the claims organisations.
  await page.goto("/claims/support/schools?query=105788");
  await expect(page.getByRole("link", { name: /Riverside Primary School/ })).toBeVisible();
});
