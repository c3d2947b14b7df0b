import type { TestProject } from "vitest/node";
import { PrismaPg } from "@prisma/adapter-pg";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations, openPglite, pgliteAdapterFactory } from "#prisma/migrate.ts";
import { adminQuery, withDatabase } from "./databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
    pgliteTemplateDir: string;
  }
}

/**
 * With DATABASE_URL (PostgreSQL), migrate one template database for this run; every test
 * file that uses the database gets its own copy (tests/helpers/db.ts). Without it, each
 * file opens its own embedded PGlite. The template name is per run, so runs can overlap.
 */
export default async function setup(project: TestProject) {
  const base = process.env.DATABASE_URL;
  const template = `itt_test_template_${process.pid}`;
  project.provide("templateDb", template);
  if (!base) {
    // Embedded mode: migrate one PGlite folder; each test file copies it (much faster than migrating).
    const dir = mkdtempSync(path.join(os.tmpdir(), "itt-pglite-template-"));
    const pglite = openPglite(dir);
    await applyMigrations({ adapterFactory: pgliteAdapterFactory(pglite) });
    await pglite.close();
    project.provide("pgliteTemplateDir", dir);
    return async () => rmSync(dir, { recursive: true, force: true });
  }
  project.provide("pgliteTemplateDir", "");
  await adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await adminQuery(base, `CREATE DATABASE ${template}`);
  await applyMigrations({ adapterFactory: new PrismaPg({ connectionString: withDatabase(base, template) }) });
  return async () => {
    await adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}
