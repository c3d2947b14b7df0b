import { readFileSync } from "node:fs";
import { checkPage, expect, signInAs, test } from "../support/fixtures";

test("support exports the users of schools that have claimed as a CSV", async ({ page }) => {
  await signInAs(page, "claims", "Colin");
  await page.goto("/claims/support/settings");
  await page.getByRole("link", { name: "Export users" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Export users" })).toBeVisible();
  await checkPage(page);
  await page.getByLabel("Only users who have signed in").check();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^exported_users_\d{8}\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.split(/\r?\n/)[0]).toBe("school_urn,school_name,user_first_name,user_last_name,email_address");
});
