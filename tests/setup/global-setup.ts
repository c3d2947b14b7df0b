import type { TestProject } from "vitest/node";
import { PrismaPg } from "@prisma/adapter-pg";
import { applyMigrations } from "#prisma/migrate.ts";
import { adminQuery, withDatabase } from "./databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
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
  if (!base) return;
  await adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await adminQuery(base, `CREATE DATABASE ${template}`);
  await applyMigrations({ adapterFactory: new PrismaPg({ connectionString: withDatabase(base, template) }) });
  return async () => {
    await adminQuery(base, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}
