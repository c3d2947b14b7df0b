/**
 * Migrates and seeds (demo data and personas) the database the journeys' servers copy: the PostgreSQL database
 * DATABASE_URL names, else the embedded PGlite folder PGLITE_DIR. Run by the Playwright global setup with tsx, like
 * the server itself, once per run.
 */
import { openDatabase } from "#server/db.ts";

const databaseUrl = process.env.DATABASE_URL;
const opened = databaseUrl
  ? await openDatabase({ databaseUrl, migrate: true, seedIfEmpty: true })
  : await openDatabase({ pgliteDir: process.env.PGLITE_DIR, migrate: true, seedIfEmpty: true });
await opened.close();
