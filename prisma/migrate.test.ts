import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  diffMigrationsToSchema,
  loadMigrations,
  migrationStatus,
  openPglite,
  pgliteAdapterFactory,
  postgresAdapterFactory,
} from "./migrate.ts";

type Exec = (sql: string) => Promise<{ rows: Record<string, unknown>[] }>;

const EXPECTED_TABLES = [
  "academic_years",
  "claim_windows",
  "claims",
  "mentor_memberships",
  "mentor_trainings",
  "mentors",
  "partnerships",
  "placement_additional_subjects",
  "placement_mentor_joins",
  "placements",
  "providers",
  "school_contacts",
  "schools",
  "subjects",
  "regions",
  "trusts",
  "user_memberships",
  "users",
  "eligibilities",
  "claim_activities",
  "payments",
  "payment_claims",
  "payment_responses",
  "samplings",
  "provider_samplings",
  "provider_sampling_claims",
  "clawbacks",
  "clawback_claims",
  "download_access_tokens",
  "provider_email_addresses",
  "hosting_interests",
  "key_stages",
  "terms",
  "placement_windows",
  "sen_provisions",
  "school_sen_provisions",
  "bank_holidays",
  "sessions",
  "wizard_states",
  "email_outbox",
  "audit_logs",
  "rate_limits",
  "_prisma_migrations",
];

async function expectFails(exec: Exec, sql: string, pattern: RegExp) {
  await expect(exec(sql)).rejects.toThrow(pattern);
}

/** The same structural and constraint checks, for PGlite and PostgreSQL. */
async function checkSchema(exec: Exec) {
  const { rows } = await exec(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
  const tables = rows.map((r) => r.table_name);
  for (const t of EXPECTED_TABLES) expect(tables, t).toContain(t);

  const ext = await exec(`SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'`);
  expect(ext.rows).toHaveLength(1);
  const enumValues = await exec(`SELECT unnest(enum_range(NULL::claim_status))::text AS v`);
  expect(enumValues.rows).toHaveLength(17);

  await exec(`INSERT INTO regions (id, name, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'R', now())`);
  await exec(`INSERT INTO mentors (id, first_name, last_name, trn, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000002', 'A', 'B', '1234567', now())`);
  await expectFails(
    exec,
    `INSERT INTO mentors (first_name, last_name, trn, updated_at) VALUES ('C', 'D', '1234567', now())`,
    /unique|duplicate/i,
  );
  await expectFails(
    exec,
    `INSERT INTO mentors (first_name, last_name, trn, updated_at) VALUES ('C', 'D', '12345', now())`,
    /mentors_trn_format|check/i,
  );

  await exec(`INSERT INTO schools (id, name, urn, region_id, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000003', 'S', '100000', '00000000-0000-4000-8000-000000000001', now())`);
  await expectFails(
    exec,
    `INSERT INTO schools (name, region_id, updated_at) VALUES ('No URN', '00000000-0000-4000-8000-000000000001', now())`,
    /schools_urn_or_vendor_number|check/i,
  );
  await exec(`INSERT INTO claims (id, school_id, status, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000003', 'draft', now())`);
  await expectFails(
    exec,
    `INSERT INTO mentor_trainings (claim_id, mentor_id, hours_completed, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002', 0, now())`,
    /hours_completed|check/i,
  );
  await exec(`INSERT INTO mentor_trainings (claim_id, mentor_id, hours_completed, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002', 5, now())`);
  await expectFails(
    exec,
    `INSERT INTO mentor_trainings (claim_id, mentor_id, hours_completed, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002', 3, now())`,
    /unique|duplicate/i,
  );

  await expectFails(
    exec,
    `INSERT INTO users (service, type, email, first_name, last_name, updated_at)
              VALUES ('claims', 'Claims::User', 'Anne@Example.org', 'A', 'W', now())`,
    /users_email_lowercase|check/i,
  );
  await expectFails(
    exec,
    `INSERT INTO users (service, type, email, first_name, last_name, updated_at)
              VALUES ('claims', 'Placements::User', 'x@example.org', 'A', 'W', now())`,
    /users_type_check|check/i,
  );
  await exec(`INSERT INTO users (id, service, type, email, first_name, last_name, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000005', 'claims', 'Claims::User', 'anne@example.org', 'A', 'W', now())`);
  await expectFails(
    exec,
    `INSERT INTO users (service, type, email, first_name, last_name, updated_at)
              VALUES ('claims', 'Claims::User', 'anne@example.org', 'A', 'W', now())`,
    /unique|duplicate/i,
  );

  // Polymorphic membership: the trigger fills school_id; a missing organisation violates the foreign key.
  await exec(`INSERT INTO user_memberships (user_id, organisation_type, organisation_id, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000005', 'School', '00000000-0000-4000-8000-000000000003', now())`);
  const m = await exec(`SELECT school_id, provider_id FROM user_memberships`);
  expect(m.rows[0]).toMatchObject({ school_id: "00000000-0000-4000-8000-000000000003", provider_id: null });
  await expectFails(
    exec,
    `INSERT INTO user_memberships (user_id, organisation_type, organisation_id, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000005', 'Provider', '00000000-0000-4000-8000-000000000003', now())`,
    /foreign key|fkey/i,
  );

  // Claim windows: no overlap between kept windows.
  await exec(`INSERT INTO academic_years (id, name, starts_on, ends_on, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000006', '2025 to 2026', '2025-09-01', '2026-08-31', now())`);
  await exec(`INSERT INTO claim_windows (academic_year_id, starts_on, ends_on, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000006', '2026-05-01', '2026-07-01', now())`);
  await expectFails(
    exec,
    `INSERT INTO claim_windows (academic_year_id, starts_on, ends_on, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000006', '2026-07-01', '2026-07-31', now())`,
    /claim_windows_no_overlap|conflict|exclu/i,
  );
  await expectFails(
    exec,
    `INSERT INTO claim_windows (academic_year_id, starts_on, ends_on, updated_at)
              VALUES ('00000000-0000-4000-8000-000000000006', '2026-08-10', '2026-08-01', now())`,
    /claim_windows_ends_on_check|check/i,
  );
}

describe("migrations on PGlite", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "itt-migrate-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("applies every migration once, records them, and the schema holds its constraints", async () => {
    const client = openPglite(dir);
    try {
      const adapterFactory = pgliteAdapterFactory(client);
      const names = (await loadMigrations()).migrationDirectories.map((d) => d.path);
      expect(await applyMigrations({ adapterFactory })).toEqual(names);
      expect(await applyMigrations({ adapterFactory })).toEqual([]);
      expect((await migrationStatus({ adapterFactory })).pending).toEqual([]);
      const recorded = await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(recorded.rows.map((r) => r.migration_name)).toEqual(names);
      await checkSchema((sql) => client.query(sql));
    } finally {
      await client.close();
    }
  }, 60_000);
});

describe("migrations on PostgreSQL", () => {
  const base = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const dbName = `itt_migrate_test_${process.pid}_${Date.now()}`;
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  let admin: pg.Client;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.end();
  });

  it("applies every migration once, records them, and the schema holds its constraints", async () => {
    const names = (await loadMigrations()).migrationDirectories.map((d) => d.path);
    expect(await applyMigrations({ adapterFactory: postgresAdapterFactory(url.toString()) })).toEqual(names);
    // A stock PrismaPg factory works too (scripts are sent whole, not split on ";").
    expect(await applyMigrations({ adapterFactory: new PrismaPg({ connectionString: url.toString() }) })).toEqual([]);
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      const recorded = await client.query(
        `SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL`,
      );
      expect(recorded.rows[0].n).toBe(names.length);
      await checkSchema((sql) => client.query(sql));
    } finally {
      await client.end();
    }
  }, 60_000);
});

describe("migrations folder", () => {
  it("is in step with schema.prisma (no pending diff)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 120_000);
});
