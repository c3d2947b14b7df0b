import { expect, type Page } from "@playwright/test";

export const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The page we landed on is ours and not the 500 page (some landing pages are still being built). */
export async function expectNotServerError(page: Page) {
  await expect(page.locator("h1")).not.toHaveText("Sorry, there is a problem with the service");
}

/** On the fake DfE Sign-in page: pick an account and sign in. */
export async function signInAtFakeProvider(page: Page, accountLabel: string) {
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByLabel(accountLabel).check();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForLoadState("load");
}

export async function sessionCookie(page: Page, service: "claims" | "placements") {
  const cookies = await page.context().cookies();
  // "__Host-claims-session" in a production build (Secure works on http://localhost), else "claims-session".
  return cookies.find((c) => c.name === `${service}-session` || c.name === `__Host-${service}-session`);
}
