import { cpSync, rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { closeDb, getDb } from "#server/db.ts";
import { adminQuery } from "../setup/databases.ts";

/**
 * Empties every application table (not the migrations record). DELETE with foreign-key
 * triggers switched off for the statement is much faster than TRUNCATE on mostly empty tables.
 */
export async function truncateAll() {
  const db = await getDb();
  await db.$executeRawUnsafe(`
    DO $$
    DECLARE t text;
    BEGIN
      SET LOCAL session_replication_role = replica;
      FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' LOOP
        EXECUTE format('DELETE FROM %I', t);
      END LOOP;
    END $$`);
}

/**
 * Gives the calling test file its own database and empties it before every test,
 * so tests never see each other's rows. Returns a getter for the Prisma client.
 */
export function useTestDatabase() {
  const server = process.env.TEST_DATABASE_SERVER_URL;
  const name = process.env.TEST_DATABASE_NAME;
  beforeAll(async () => {
    if (server && name) await adminQuery(server, `CREATE DATABASE ${name} TEMPLATE ${inject("templateDb")}`);
    else if (process.env.PGLITE_DIR) cpSync(inject("pgliteTemplateDir"), process.env.PGLITE_DIR, { recursive: true });
    await getDb();
  });
  beforeEach(truncateAll);
  afterAll(async () => {
    await closeDb();
    if (server && name) await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    if (process.env.PGLITE_DIR && !server) rmSync(process.env.PGLITE_DIR, { recursive: true, force: true });
  });
  return getDb;
}
