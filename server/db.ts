/**
 * One PrismaClient per process.
 *
 * - DATABASE_URL set → PostgreSQL through @prisma/adapter-pg (migrations are run by `tsx prisma/migrate.ts deploy`;
 *   set MIGRATE_ON_START=true to apply pending ones at start-up too).
 * - no DATABASE_URL → embedded PGlite in PGLITE_DIR || .data/pglite, opened ONCE per process, migrated on start and
 *   seeded when empty unless SKIP_SEED=true (zero-setup development and demo; PGlite is one connection: not for
 *   production).
 *
 * Call `await getDb()` at server start-up (opening PGlite takes a few seconds); later calls return the same client.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient, type Prisma } from "../prisma/generated/client.ts";
import { DEFAULT_PGLITE_DIR } from "../prisma/pglite-dir.ts";
import { preparedStatementNames, preparedStatementsEnabled } from "./db-prepared-statements.ts";
import { clientWithDirectReads } from "./db-direct-reads.ts";
import { countingAdapterFactory } from "./db-statements.ts";
import { processWide } from "./shared/process/process-wide.ts";

// The migration engine (WebAssembly) and PGlite are loaded only when needed: a PostgreSQL process that does not
// migrate (the server in production, the GIAS import) saves ~40 MB of memory.
const migrations = () => import("../prisma/migrate.ts");

export type Db = PrismaClient;
/** The client handed to `db.$transaction(async (tx) => …)` callbacks. Services should accept `Db | Tx`. */
export type Tx = Prisma.TransactionClient;
export type DbOrTx = Db | Tx;

/** A client for PostgreSQL (databaseUrl, else DATABASE_URL). Not migrated; the caller owns `$disconnect()`. */
export function createPrismaClient(databaseUrl: string | undefined = process.env.DATABASE_URL): PrismaClient {
  if (!databaseUrl) {
    throw new Error("createPrismaClient needs a PostgreSQL URL (or use openDatabase()/getDb() for embedded PGlite)");
  }
  const adapter = new PrismaPg(
    { connectionString: databaseUrl },
    preparedStatementsEnabled() ? { statementNameGenerator: preparedStatementNames() } : {},
  );
  return newPrismaClient(adapter);
}

/** Every client counts its statements (server/db-statements.ts) and can send hot reads past its query engine. */
function newPrismaClient(adapter: SqlDriverAdapterFactory): PrismaClient {
  return clientWithDirectReads(countingAdapterFactory(adapter), (factory) => new PrismaClient({ adapter: factory }));
}

export type OpenDatabaseOptions = {
  /** PostgreSQL URL. When absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite folder; `memory://` (or undefined with `inMemory`) for a throwaway database. */
  pgliteDir?: string;
  /** Apply pending migrations first (default: true for PGlite, false for PostgreSQL). */
  migrate?: boolean;
  /** Seed when the database has no users yet (default: true for PGlite, false for PostgreSQL). */
  seedIfEmpty?: boolean;
};

export type OpenedDatabase = { db: Db; kind: "postgres" | "pglite"; close: () => Promise<void> };

/** Opens (and optionally migrates and seeds) a database. getDb() uses this once per process; tests may call it. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    if (options.migrate) {
      const { applyMigrations, postgresAdapterFactory } = await migrations();
      await applyMigrations({ adapterFactory: postgresAdapterFactory(options.databaseUrl) });
    }
    const db = createPrismaClient(options.databaseUrl);
    if (options.seedIfEmpty) await seedIfEmpty(db);
    return { db, kind: "postgres", close: () => db.$disconnect() };
  }

  const dir = options.pgliteDir ?? DEFAULT_PGLITE_DIR;
  const inMemory = dir.startsWith("memory://");
  const dataDir = inMemory ? dir : path.resolve(dir);
  if (!inMemory) await mkdir(dataDir, { recursive: true });
  const { applyMigrations, openPglite, pgliteAdapterFactory } = await migrations();
  const pglite: PGlite = openPglite(dataDir);
  try {
    await pglite.waitReady;
    const adapterFactory = pgliteAdapterFactory(pglite);
    if (options.migrate ?? true) await applyMigrations({ adapterFactory });
    const db = newPrismaClient(adapterFactory);
    if (options.seedIfEmpty ?? true) await seedIfEmpty(db);
    return {
      db,
      kind: "pglite",
      close: async () => {
        await db.$disconnect();
        await pglite.close();
      },
    };
  } catch (error) {
    await pglite.close().catch(() => {});
    throw error;
  }
}

async function seedIfEmpty(db: Db): Promise<boolean> {
  // The migrations bring the reference rows (regions, key stages, …): "empty" means no users yet.
  if ((await db.user.count()) > 0) return false;
  const { seed } = await import("../prisma/seed.ts");
  await seed(db);
  return true;
}

// One database per process, shared with the copy of this module inside the Remix build (see processWide).
const client = processWide("db", () => ({ opening: undefined as Promise<OpenedDatabase> | undefined }));

/** The process-wide client, opened lazily on first call (PGlite: migrated and seeded if empty). */
export function getDb(): Promise<Db> {
  client.opening ??= (async () => {
    const databaseUrl = process.env.DATABASE_URL;
    return databaseUrl
      ? await openDatabase({ databaseUrl, migrate: process.env.MIGRATE_ON_START === "true", seedIfEmpty: false })
      : await openDatabase({
          pgliteDir: process.env.PGLITE_DIR || DEFAULT_PGLITE_DIR,
          // Tests open copies of an already-migrated folder and skip the check (MIGRATE_ON_START=false).
          migrate: process.env.MIGRATE_ON_START !== "false",
          seedIfEmpty: process.env.SKIP_SEED !== "true",
        });
  })();
  const opening = client.opening;
  opening.catch(() => {
    if (client.opening === opening) client.opening = undefined;
  });
  return opening.then((r) => r.db);
}

/** Disconnects the process-wide client (and closes PGlite). The next getDb() opens a new one. */
export async function closeDb(): Promise<void> {
  const pending = client.opening;
  client.opening = undefined;
  if (!pending) return;
  const result = await pending.catch(() => undefined);
  await result?.close();
}

/** For /healthcheck: a trivial query. */
export async function checkDatabase(db: Db): Promise<{ ok: true; latencyMs: number } | { ok: false; error: string }> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
