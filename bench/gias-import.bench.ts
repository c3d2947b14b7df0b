/**
 * GIAS import benchmark on PostgreSQL.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/gias-import.bench.ts [rows=50000] [file]
 *
 * Generates a realistic edubasealldata file (bench/gias-generator.ts, latin1) unless given one, creates a scratch
 * database "itt_bench_gias" (dropped at the end), migrates it and seeds the regions in THIS process, then runs the
 * real CLI (`server/integrations/gias/cli.ts`, what `npm run import:gias` runs) in a fresh child process for the
 * first import and again for a re-import of the same file (must change nothing).
 *
 * Each child's memory is its own: the kernel's maximum RSS of that process (getrusage, via bench/peak-memory.mjs)
 * and its peak heap sampled every 20 ms. The migration engine loaded by this parent process is not counted
 * (`/usr/bin/time -v` on the bench reports the largest process of the tree, i.e. this parent).
 * Node flags for the children (e.g. a heap cap) can be given in GIAS_BENCH_NODE_FLAGS; GIAS_BENCH_VERBOSE=1 shows
 * their stderr.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { adminQuery, withDatabase } from "../tests/setup/databases.ts";
import { applyMigrations, postgresAdapterFactory } from "../prisma/migrate.ts";
import { createPrismaClient } from "../server/db.ts";
import { REGIONS } from "../prisma/seed-data/regions.ts";
import { generateGiasCsv } from "./gias-generator.ts";

const rows = Number(process.argv[2] ?? 50_000);
const file = process.argv[3] ?? join(tmpdir(), `edubasealldata-bench-${rows}.csv`);
const server = process.env.DATABASE_URL;
if (!server) throw new Error("Set DATABASE_URL to a PostgreSQL server (a scratch database is created on it)");
const name = "itt_bench_gias";
const root = fileURLToPath(new URL("..", import.meta.url));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

type Run = { seconds: number; importSeconds: number | null; maxRssKb: number; peakHeapMb: number; output: string };

/** Runs the import CLI in a child process and returns its wall time, import time and peak memory. */
function runCli(url: string): Promise<Run> {
  const flags = (process.env.GIAS_BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
  const args = [
    ...flags,
    "--import",
    "tsx",
    "--import",
    "./bench/peak-memory.mjs",
    "server/integrations/gias/cli.ts",
    file,
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (process.env.GIAS_BENCH_VERBOSE) process.stderr.write(stderr);
      const peak = /PEAK-MEMORY (\{.*\})/.exec(stderr);
      if (code !== 0 || !peak) return reject(new Error(`import CLI exited with ${code}:\n${stdout}\n${stderr}`));
      const duration = /"durationMs":(\d+)/.exec(stdout);
      resolve({
        seconds,
        importSeconds: duration ? Number(duration[1]) / 1000 : null,
        ...(JSON.parse(peak[1]) as { maxRssKb: number; peakHeapMb: number }),
        output: stdout
          .split("\n")
          .filter((l) => !l.startsWith("{"))
          .join("\n")
          .trim(),
      });
    });
  });
}

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
  // The migrations already bring the regions (reference data); this keeps the bench working on a schema without them.
  await db.region.createMany({ data: REGIONS.map((r) => ({ ...r })), skipDuplicates: true });
  for (const label of ["First import", "Re-import (same file)"]) {
    const run = await runCli(url);
    console.log(
      `\n${label}: import ${run.importSeconds?.toFixed(2) ?? "?"} s (process ${run.seconds.toFixed(2)} s including start-up), ` +
        `peak RSS ${(run.maxRssKb / 1024).toFixed(0)} MB, peak heap ${run.peakHeapMb} MB`,
    );
    console.log(run.output);
  }
  console.log(`\nSchools in the database: ${await db.school.count()}`);
} finally {
  await db.$disconnect();
  await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
