/**
 * Starts the app for the Playwright journeys: a fresh database (a new PostgreSQL database when
 * DATABASE_URL is set, else a new embedded PGlite folder), seeded with the demo data and
 * personas, the local fake external services, and the built server on E2E_PORT.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adminQuery, withDatabase } from "../../setup/databases.ts";

const port = process.env.E2E_PORT ?? "3300";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PORT: port,
  NODE_ENV: "test",
  PERSONAS_ENABLED: "true",
  START_FAKES: "true",
  FAKES_PORT_BASE: process.env.FAKES_PORT_BASE ?? String(Number(port) + 10),
  APP_ORIGIN: `http://localhost:${port}`,
  SESSION_SECRET: "e2e-session-secret-that-is-at-least-32-chars",
  LOG_LEVEL: "warn",
};

if (process.env.DATABASE_URL) {
  const name = `itt_e2e_${port}`;
  await adminQuery(process.env.DATABASE_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(process.env.DATABASE_URL, `CREATE DATABASE ${name}`);
  env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, name);
  // PostgreSQL is migrated and seeded here; the embedded database does both on first start.
  const { openDatabase } = await import("#server/db.ts");
  const opened = await openDatabase({ databaseUrl: env.DATABASE_URL, migrate: true, seedIfEmpty: true });
  await opened.close();
} else {
  env.PGLITE_DIR = mkdtempSync(path.join(os.tmpdir(), "itt-e2e-"));
}

const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], { env, stdio: "inherit" });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
