/**
 * The app under test. The global setup migrates and seeds one template database per run (a PostgreSQL database when
 * DATABASE_URL is set, else an embedded PGlite folder); each Playwright worker then starts its own server on a copy of
 * it, with its own fakes, so workers never share rows and run side by side.
 *
 * Ports, from E2E_PORT (default 3300) for worker w: the app on E2E_PORT + w, its fakes on E2E_PORT + 10 + 10w + 1..6
 * (two workers: 3300 and 3301, fakes 3311–3316 and 3321–3326).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery, withDatabase } from "../../setup/databases.ts";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3300);
const TEMPLATE_ENV = "E2E_TEMPLATE_DATABASE";

/** Creates the template (global setup). Returns its teardown. */
export async function prepareTemplate(): Promise<() => Promise<void>> {
  const serverUrl = process.env.DATABASE_URL;
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "warn" };
  let template: string;
  let remove: () => Promise<void>;
  if (serverUrl) {
    const name = `itt_e2e_template_${E2E_PORT}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    template = name;
    env.DATABASE_URL = withDatabase(serverUrl, name);
    remove = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    template = mkdtempSync(path.join(os.tmpdir(), "itt-e2e-template-"));
    env.PGLITE_DIR = template;
    remove = async () => rmSync(template, { recursive: true, force: true });
  }
  const prepared = spawnSync(process.execPath, ["--import", "tsx", "tests/e2e/support/prepare-database.ts"], {
    env,
    stdio: "inherit",
  });
  if (prepared.status !== 0) {
    await remove();
    throw new Error(`Preparing the e2e database failed (exit ${prepared.status})`);
  }
  // Workers start after the global setup and inherit its environment.
  process.env[TEMPLATE_ENV] = template;
  return remove;
}

export type AppServer = { baseURL: string; stop: () => Promise<void> };

/** Starts worker `index`'s server on its own copy of the template and waits until it answers. */
export async function startAppServer(index: number): Promise<AppServer> {
  const template = process.env[TEMPLATE_ENV];
  if (!template) throw new Error(`${TEMPLATE_ENV} is not set: run the journeys with playwright test`);
  const port = E2E_PORT + index;
  const baseURL = `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NODE_ENV: "test",
    PERSONAS_ENABLED: "true",
    START_FAKES: "true",
    FAKES_PORT_BASE: String(E2E_PORT + 10 + 10 * index),
    APP_ORIGIN: baseURL,
    SESSION_SECRET: "e2e-session-secret-that-is-at-least-32-chars",
    LOG_LEVEL: "warn",
    // As behind one proxy: the rate-limit journey gives each client its own address with X-Forwarded-For.
    TRUST_PROXY: "1",
    // The payer the money journeys send claims to (payments, clawbacks); its e-mails go to the Notify fake.
    PAYER_EMAIL_ADDRESSES: "payer@example.com",
    // The copy is migrated and seeded already.
    MIGRATE_ON_START: "false",
  };
  let removeDatabase: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL;
    const name = `itt_e2e_${port}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
    env.DATABASE_URL = withDatabase(serverUrl, name);
    removeDatabase = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), `itt-e2e-${port}-`));
    cpSync(template, dir, { recursive: true });
    env.PGLITE_DIR = dir;
    removeDatabase = async () => rmSync(dir, { recursive: true, force: true });
  }

  mkdirSync("test-results", { recursive: true });
  const logFile = path.resolve("test-results", `app-server-${port}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const stop = async () => {
    await stopChild(child, exited);
    log.end();
    await removeDatabase();
  };
  try {
    await waitUntilHealthy(baseURL, exited);
  } catch (error) {
    await stop();
    const tail = readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
    throw new Error(`${(error as Error).message}\n--- ${logFile} ---\n${tail}`);
  }
  return { baseURL, stop };
}

async function waitUntilHealthy(baseURL: string, exited: Promise<number | null>) {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`The app server exited (code ${exitCode}) before answering`);
    const ok = await fetch(`${baseURL}/healthcheck`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    // Readiness poll of a starting process (not a wait for the app's behaviour).
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The app server did not answer ${baseURL}/healthcheck within 180 s`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const force = setTimeout(() => child.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(force);
}
