import { rmSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { closeDb, getDb } from "#server/db.ts";
import { adminQuery } from "../setup/databases.ts";

let tables: string[] | undefined;

/** Empties every application table (not the migrations record). */
export async function truncateAll() {
  const db = await getDb();
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((t) => `"public"."${t.tablename}"`);
  if (tables.length) await db.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} RESTART IDENTITY CASCADE`);
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
