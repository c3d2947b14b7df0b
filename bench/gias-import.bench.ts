/**
 * GIAS import benchmark on PostgreSQL.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/gias-import.bench.ts [rows=50000] [file]
 *
 * Generates a realistic edubasealldata file (bench/gias-generator.ts, latin1) unless given one, creates a scratch
 * database "itt_bench_gias" (dropped at the end), migrates it, seeds the regions, imports the file, then imports it
 * again (must change nothing). Prints wall time per import and the peak RSS / heap sampled every 20 ms.
 * Wrap in `/usr/bin/time -v` for the kernel's "Maximum resident set size".
 */
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminQuery, withDatabase } from "../tests/setup/databases.ts";
import { applyMigrations, postgresAdapterFactory } from "../prisma/migrate.ts";
import { createPrismaClient } from "../server/db.ts";
import { REGIONS } from "../prisma/seed-data/regions.ts";
import { formatGiasReport, importGias } from "../server/integrations/gias/import.ts";
import { generateGiasCsv } from "./gias-generator.ts";

const rows = Number(process.argv[2] ?? 50_000);
const file = process.argv[3] ?? join(tmpdir(), `edubasealldata-bench-${rows}.csv`);
const server = process.env.DATABASE_URL;
if (!server) throw new Error("Set DATABASE_URL to a PostgreSQL server (a scratch database is created on it)");
const name = "itt_bench_gias";

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 20);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

if (!existsSync(file)) {
  const g = await generateGiasCsv(file, rows, 2026);
  console.log(`Generated ${g.rows} rows (${mb(g.bytes)}) in ${file}`);
}
await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await adminQuery(server, `CREATE DATABASE ${name}`);
const url = withDatabase(server, name);
await applyMigrations({ adapterFactory: postgresAdapterFactory(url) });
const db = createPrismaClient(url);
try {
  await db.region.createMany({ data: REGIONS.map((r) => ({ ...r })) });
  peakRss = 0;
  peakHeap = 0;
  for (const label of ["First import", "Re-import (same file)"]) {
    const started = performance.now();
    const report = await importGias(db, file);
    const seconds = (performance.now() - started) / 1000;
    sample();
    console.log(`\n${label}: ${seconds.toFixed(2)} s, peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}`);
    console.log(formatGiasReport(report));
  }
  console.log(`\nSchools in the database: ${await db.school.count()}`);
} finally {
  clearInterval(timer);
  await db.$disconnect();
  await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
