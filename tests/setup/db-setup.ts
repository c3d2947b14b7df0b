import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withDatabase } from "./databases.ts";

/**
 * Runs before every test file. Points the app at a database of this file's own — a copy of
 * the migrated template on PostgreSQL, or a fresh embedded PGlite folder — without creating
 * it yet: files that touch the database call useTestDatabase() (tests/helpers/db.ts).
 * server/db.ts reads these variables lazily, on first use.
 */
const serverUrl = process.env.TEST_DATABASE_SERVER_URL || process.env.DATABASE_URL;
if (serverUrl) {
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  const name = `itt_test_${process.env.VITEST_POOL_ID ?? "0"}_${randomBytes(4).toString("hex")}`;
  process.env.TEST_DATABASE_NAME = name;
  process.env.DATABASE_URL = withDatabase(serverUrl, name);
} else {
  process.env.PGLITE_DIR = mkdtempSync(path.join(os.tmpdir(), "itt-pglite-"));
  process.env.SKIP_SEED = "true";
  process.env.MIGRATE_ON_START = "false";
}
