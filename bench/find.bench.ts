/**
 * Find (placements) at national scale on PostgreSQL.
 *
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx bench/find.bench.ts [rows=50000] [requests=800]
 *
 * Creates a scratch database "itt_bench_find" (dropped at the end), imports a generated full-size GIAS file with the
 * real import (which also builds the offline gazetteer), onboards ~60% of the schools to placements with hosting
 * interests and published (and some draft) placements, then runs Find with a location (a random outward code or
 * town from the gazetteer) and two filters (phase + subject) through the service function, 16 at a time, and prints
 * p50/p95/max latency and the EXPLAIN ANALYZE of one such query.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { existsSync } from "node:fs";
import { adminQuery, withDatabase } from "../tests/setup/databases.ts";
import { applyMigrations, postgresAdapterFactory } from "../prisma/migrate.ts";
import { createPrismaClient } from "../server/db.ts";
import { Prisma } from "../prisma/generated/client.ts";
import { REGIONS } from "../prisma/seed-data/regions.ts";
import { importGias } from "../server/integrations/gias/import.ts";
import { offlineGeocoder } from "../server/integrations/geocoding/geocoder.ts";
import { findQuery, findSchools } from "../server/placements/find/find.service.ts";
import { FindFiltersSchema } from "../server/placements/find/find.schema.ts";
import { generateGiasCsv } from "./gias-generator.ts";

const rows = Number(process.argv[2] ?? 50_000);
const requests = Number(process.argv[3] ?? 800);
const CONCURRENCY = 16;
const server = process.env.DATABASE_URL;
if (!server) throw new Error("Set DATABASE_URL to a PostgreSQL server (a scratch database is created on it)");
const name = "itt_bench_find";
const file = join(tmpdir(), `edubasealldata-bench-${rows}.csv`);
if (!existsSync(file)) await generateGiasCsv(file, rows, 2026);

await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
await adminQuery(server, `CREATE DATABASE ${name}`);
const url = withDatabase(server, name);
await applyMigrations({ adapterFactory: postgresAdapterFactory(url) });
const db = createPrismaClient(url);
try {
  await db.region.createMany({ data: REGIONS.map((r) => ({ ...r })) });
  const report = await importGias(db, file, { transactionTimeoutMs: 30 * 60_000 });
  console.log(`Imported ${report.kept} schools; gazetteer ${report.gazetteerPlaces} places`);

  const ay = await db.academicYear.create({
    data: { name: "2026 to 2027", startsOn: new Date(Date.UTC(2026, 8, 1)), endsOn: new Date(Date.UTC(2027, 7, 31)) },
  });
  const provider = await db.provider.create({ data: { code: "BEN", name: "Bench SCITT", placementsService: true } });
  const subjects: { id: string }[] = [];
  for (const s of ["Mathematics", "English", "Biology", "Chemistry", "Physics", "History", "Geography", "Art"]) {
    subjects.push(await db.subject.create({ data: { name: s, subjectArea: "secondary" } }));
  }
  const primary = await db.subject.create({ data: { name: "Primary", subjectArea: "primary" } });
  await db.$executeRawUnsafe(
    `UPDATE schools SET placements_service = true, expression_of_interest_completed = random() < 0.7 WHERE random() < 0.6`,
  );
  await db.$executeRaw`INSERT INTO hosting_interests (school_id, academic_year_id, appetite, updated_at)
    SELECT id, ${ay.id}::uuid, (ARRAY['actively_looking','interested','not_open'])[1 + floor(random() * 3)::int]::appetite, now()
    FROM schools WHERE placements_service AND random() < 0.8`;
  // Two placements for half of the onboarded schools: secondary subjects at secondary schools, Primary elsewhere.
  for (let i = 0; i < 2; i++) {
    await db.$executeRaw`INSERT INTO placements (school_id, academic_year_id, status, subject_id, year_group, provider_id, updated_at)
      SELECT s.id, ${ay.id}::uuid, (CASE WHEN random() < 0.1 THEN 'draft' ELSE 'published' END)::placement_status,
        CASE WHEN s.phase = 'Secondary' THEN (${Prisma.sql`ARRAY[${Prisma.join(subjects.map((x) => Prisma.sql`${x.id}::uuid`))}]`})[1 + floor(random() * ${subjects.length})::int]
             ELSE ${primary.id}::uuid END,
        CASE WHEN s.phase = 'Secondary' THEN NULL ELSE 'year_3'::placement_year_group END,
        CASE WHEN random() < 0.3 THEN ${provider.id}::uuid END, now()
      FROM schools s WHERE s.placements_service AND random() < 0.5`;
  }
  await db.$executeRawUnsafe(`ANALYZE`);
  const counts = await db.$queryRawUnsafe<{ schools: number; onboarded: number; placements: number }[]>(
    `SELECT (SELECT count(*)::int FROM schools) AS schools, (SELECT count(*)::int FROM schools WHERE placements_service) AS onboarded,
            (SELECT count(*)::int FROM placements) AS placements`,
  );
  console.log(counts[0]);

  const places = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM gazetteer_places WHERE kind IN ('outcode', 'town') AND area = '' ORDER BY random() LIMIT 200`,
  );
  const geocoder = offlineGeocoder(db);
  const filtersFor = (i: number) =>
    FindFiltersSchema.parse({
      location: places[i % places.length].name,
      phase: "Secondary",
      subject: subjects[i % subjects.length].id,
    });

  const latencies: number[] = [];
  let nextRequest = 0;
  let found = 0;
  const worker = async () => {
    while (nextRequest < requests) {
      const i = nextRequest++;
      const started = performance.now();
      const r = await findSchools(db, geocoder, {
        providerId: provider.id,
        academicYearId: ay.id,
        pastYears: [],
        filters: filtersFor(i),
      });
      latencies.push(performance.now() - started);
      if (r.location.kind === "found") found++;
    }
  };
  // Warm up, then measure.
  for (let i = 0; i < 20; i++)
    await findSchools(db, geocoder, {
      providerId: provider.id,
      academicYearId: ay.id,
      pastYears: [],
      filters: filtersFor(i),
    });
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  console.log(
    `Find (location + phase + subject), ${requests} requests at ${CONCURRENCY} at a time: ` +
      `p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, max ${latencies.at(-1)!.toFixed(0)} ms, ` +
      `${(requests / seconds).toFixed(0)} req/s; ${found} with the location found`,
  );

  const place = await geocoder.geocode(places[0].name);
  if (place.kind === "found") {
    const { sql } = findQuery(
      { providerId: provider.id, academicYearId: ay.id, pastYears: [], filters: filtersFor(0) },
      place.place,
    );
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${sql}`);
    console.log(`\nEXPLAIN ANALYZE (${places[0].name}):\n${plan.map((r) => r["QUERY PLAN"]).join("\n")}`);
  }
} finally {
  await db.$disconnect();
  await adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
