import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import { expect, test as base, type Page } from "@playwright/test";
import { startAppServer, type AppServer } from "./app-server.ts";

export type { Page };

export type Service = "claims" | "placements";

/**
 * Axe with the WCAG 2.2 A/AA rule sets; any violation fails the test with its details.
 * Axe runs inside the page, so for a page rendered with JavaScript off, the same HTML (scripts
 * removed, as the browser saw it) is checked in a scratch page of the same origin.
 */
export async function expectAccessible(page: Page) {
  // The GOV.UK template's inline script marks the body when JavaScript runs.
  const jsEnabled = (await page.locator("body.js-enabled").count()) > 0;
  if (jsEnabled) return analyse(page);
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const scratch = await scratchPageFor(page);
  await scratch.setContent(html, { waitUntil: "load" });
  await analyse(scratch, page.url());
}

// One JavaScript-enabled scratch page per browser, reused: a new context per check is slow.
const scratchPages = new WeakMap<object, Promise<Page>>();
function scratchPageFor(page: Page): Promise<Page> {
  const browser = page.context().browser();
  if (!browser) throw new Error("no browser");
  let scratch = scratchPages.get(browser);
  if (!scratch) {
    scratch = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true, baseURL: new URL(page.url()).origin });
      const created = await context.newPage();
      await created.goto("/healthcheck");
      return created;
    })();
    scratchPages.set(browser, scratch);
  }
  return scratch;
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core run in the page itself. (@axe-core/playwright opens a new page for every check to merge frame results,
 * which made each check five times slower; no page of ours has frames, and a page that gets one fails here.)
 */
async function analyse(page: Page, url = page.url()) {
  // Measure the page as people see it: with the GOV.UK font loaded, not the fallback.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await page.locator("iframe, frame").count(), `frames on ${url} (axe here checks the top document only)`).toBe(
    0,
  );
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe
        .run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] })
        .then((results) => results.violations),
    WCAG_TAGS,
  );
  const summary = violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(" ")),
  }));
  expect(summary, `axe violations on ${url}`).toEqual([]);
}

/**
 * The HTML contract every page keeps (ported from notifications-admin): one h1, a title that
 * starts with it (after an optional "Error: "), no duplicate ids, a skip link to main content,
 * the template's banner, main and contentinfo landmarks, and every form posts to this app with a method.
 */
export async function expectPageContract(page: Page) {
  await settled(page);
  // One h1 once the page has rendered (retried: a client-side navigation may still be swapping the page).
  await expect(page.locator("h1"), "exactly one h1").toHaveCount(1);
  const h1s = await page.locator("h1").allInnerTexts();
  expect(h1s, "exactly one h1").toHaveLength(1);
  const title = (await page.title()).replace(/^Error: /, "");
  const h1 = h1s[0].replace(/\s+/g, " ").trim();
  expect(title.startsWith(h1), `title "${title}" starts with h1 "${h1}"`).toBe(true);
  expect(title.endsWith("GOV.UK")).toBe(true);
  const duplicateIds = await page.evaluate(() => {
    const seen = new Map<string, number>();
    document.querySelectorAll("[id]").forEach((el) => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicateIds, "duplicate ids").toEqual([]);
  await expect(page.locator("a.govuk-skip-link[href='#main-content']")).toHaveCount(1);
  await expect(page.locator("main#main-content")).toHaveCount(1);
  // The landmarks of govuk-frontend's page template: one banner (<header>), one main, one contentinfo (<footer>).
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  await expect(page.locator("body > footer.govuk-template__footer > .govuk-footer")).toHaveCount(1);
}

/**
 * The page a step led to, fully there: loaded, and with JavaScript, hydrated with no client-side navigation under way
 * (Remix's router is idle), so the checks see the new page, not the old one or one half swapped.
 */
async function settled(page: Page) {
  await page.waitForLoadState("load");
  if (!jsProject()) return;
  await page.waitForFunction(
    () => {
      const remix = window as {
        __remixContext?: unknown;
        __remixRouter?: { state: { navigation: { state: string } } };
      };
      // A page the app's Express layer answers itself (e.g. the 413 page) has no Remix scripts.
      if (remix.__remixContext === undefined) return true;
      return remix.__remixRouter?.state.navigation.state === "idle";
    },
    undefined,
    // Polled on a timer: requestAnimationFrame does not run in a page that is not in front (a second browser).
    { polling: 100 },
  );
}

/** Both checks, for every page a journey visits. */
export async function checkPage(page: Page) {
  await expectPageContract(page);
  await expectAccessible(page);
}

/** GOV.UK validation: the message in the error summary (linked) and inline, and "Error:" in the title. */
export async function expectValidationError(page: Page, message: string) {
  const summary = page.locator(".govuk-error-summary");
  await expect(summary.locator(".govuk-error-summary__title")).toHaveText("There is a problem");
  await expect(summary.locator(".govuk-error-summary__list a", { hasText: message }).first()).toBeVisible();
  await expect(page.locator(".govuk-error-message", { hasText: message }).first()).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
}

/** Signs in through the persona page, as a tester would. */
export async function signInAs(page: Page, service: Service, firstName: string, returnTo?: string) {
  await page.goto(`/${service}/personas${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ""}`);
  await page.getByRole("button", { name: `Sign in as ${firstName}` }).click();
  await page.waitForLoadState("load");
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForLoadState("load");
}

const jsProject = () => base.info().project.name === "js";

/**
 * A search field built with AutocompleteField, found by its label. With JavaScript it is an accessible-autocomplete:
 * wait until the enhancement has replaced the plain input, so typing is not lost in the swap.
 */
async function autocompleteField(page: Page, label: string) {
  const field = page.getByLabel(label, { exact: true });
  if (jsProject()) await expect(field).toHaveAttribute("aria-autocomplete", "list");
  return field;
}

/**
 * Types a search into an AutocompleteField so that the text itself is submitted (the search → options flow). With
 * JavaScript, waits for the suggestions (or "No results found") and closes them with Escape, as a keyboard user does:
 * an open list covers the button below the field.
 */
export async function typeSearch(page: Page, label: string, text: string) {
  const field = await autocompleteField(page, label);
  const searching = jsProject() && text.trim().length >= 2;
  const answered = searching ? page.waitForResponse((r) => r.url().includes("/api/trpc/")) : null;
  await field.fill(text);
  if (searching) {
    await answered;
    const id = await field.getAttribute("id");
    await expect(page.locator(`[id="${id}__listbox"]`)).toHaveClass(/autocomplete__menu--visible/);
    await field.press("Escape");
    await expect(page.locator(`[id="${id}__listbox"]`)).toHaveClass(/autocomplete__menu--hidden/);
  }
}

/** With JavaScript only: types into an AutocompleteField and picks the suggestion whose name is `option`. */
export async function pickSuggestion(page: Page, label: string, text: string, option: string) {
  const field = await autocompleteField(page, label);
  await field.pressSequentially(text);
  const id = await field.getAttribute("id");
  const listbox = page.locator(`[id="${id}__listbox"]`);
  await listbox
    .getByRole("option", { name: new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) })
    .first()
    .click();
  await expect(field).toHaveValue(option);
  // The choice closes the menu for good: no later answer reopens it over the form.
  await expect(listbox).toHaveClass(/autocomplete__menu--hidden/);
}

/**
 * Every journey runs against its worker's own server and database (support/app-server.ts): started when the worker
 * starts, stopped when it ends, and the base URL of every page the journey opens.
 */
export const test = base.extend<{ hydrationErrors: void }, { appServer: AppServer }>({
  appServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use, workerInfo) => {
      const server = await startAppServer(workerInfo.parallelIndex);
      await use(server);
      await server.stop();
    },
    { scope: "worker", auto: true, timeout: 240_000 },
  ],
  baseURL: async ({ appServer }, use) => use(appServer.baseURL),
  // With JavaScript, every page hydrates the server's HTML as it is: React reports a mismatch (and renders the page
  // again in the browser) as an error, which fails the journey.
  hydrationErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const record = (text: string) => {
        if (HYDRATION_ERROR.test(text)) errors.push(`${page.url()}: ${text}`);
      };
      page.on("console", (message) => {
        if (message.type() === "error") record(message.text());
      });
      page.on("pageerror", (error) => record(error.message));
      await use();
      expect(errors, "hydration errors").toEqual([]);
    },
    { auto: true },
  ],
});

/** React's hydration errors: its development warnings and the codes of its production build. */
const HYDRATION_ERROR = /hydrat|did not match|Expected server HTML|Minified React error #(418|419|421|422|423|425)\b/i;
export { expect };
