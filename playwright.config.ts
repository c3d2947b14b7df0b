import { defineConfig, devices } from "@playwright/test";

/**
 * Journeys run twice: with JavaScript (progressive enhancement on) and without it.
 * Each worker starts its own app server on its own copy of a seeded database (tests/e2e/support/app-server.ts):
 * E2E_PORT (default 3300) + the worker's index; E2E_WORKERS workers (default 2). E2E_TRACE=1 records traces.
 * Chromium is Debian's (/usr/bin/chromium): Playwright cannot download browsers here.
 */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    // Recording a trace (a screencast and DOM snapshots at every step of every journey, thrown away after a pass) took
    // over a quarter of the suite's wall time; E2E_TRACE=1 keeps one for each failing journey.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    // A missing element fails in seconds instead of waiting for the (long) journey timeout.
    actionTimeout: 20_000,
    navigationTimeout: 45_000,
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    { name: "js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: true, launchOptions } },
    { name: "no-js", use: { ...devices["Desktop Chrome"], javaScriptEnabled: false, launchOptions } },
  ],
});
