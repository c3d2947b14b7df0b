/**
 * GIAS school import: streams an "edubasealldata" CSV (ISO-8859-1), keeps open schools in England,
 * and upserts them by URN — trusts by uid, SEN provisions by name, regions by DistrictAdministrative (code).
 *
 * How: the whole import is ONE database transaction. Rows are parsed (papaparse, `readCsvRecords`) and validated one
 * by one (back-pressure); every BATCH_SIZE valid rows go into a temporary staging table with one
 * `INSERT … SELECT … FROM jsonb_array_elements($1)` (the batch is one jsonb parameter, never file data in the SQL
 * text), written while the next batch is parsed. When the file has been read completely, a few set-based statements
 * merge the staging table into SEN provisions, trusts, schools and SEN links, and remove the schools that
 * disappeared. A URL is downloaded to a temporary file first, so the transaction never waits on the network.
 *
 * Guarantees:
 * - Memory: one batch (each row as one JSON string) and the set of URNs seen; the rows live in the staging table.
 *   Batches are kept small because Prisma keeps its last 100 debug log entries, which include each raw query's
 *   parameters several times over: bigger batches mean more memory held (measured in bench/README.md).
 * - Structural problems (missing column, UTF-8 byte order mark) are found from the header row: nothing changes.
 *   A file that cannot be read to the end (broken quoting, download cut off) changes nothing either.
 * - A malformed row (wrong number of fields, bad value) is skipped and reported with its line and column; valid rows
 *   are imported. Its URN still counts as "seen", so a school is never removed because its row had a typo.
 * - Never half a school, never half a file: if any statement fails, the transaction rolls back and nothing changed.
 * - Removal of schools that disappeared spares onboarded schools (claims or placements) and schools referenced by
 *   anything (memberships, mentors, claims, placements, partnerships, hosting interests, eligibilities, contacts).
 * - Re-importing the same file writes nothing: the upsert only updates a school whose compared columns differ
 *   (`IS DISTINCT FROM`), and SEN links are only added or deleted where they differ.
 * - Imports are serialised by a transaction-scoped advisory lock.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db, Tx } from "../../db.ts";
import { logger } from "../../logger.ts";
import { CsvReadError, readCsvRecords } from "../../shared/csv/csv-records.ts";
import { rebuildGazetteer } from "../../placements/gazetteer/gazetteer.service.ts";
import {
  COMPARED_FIELDS,
  GiasStructureError,
  indexHeader,
  transformRow,
  type GiasSchool,
  type SchoolFields,
} from "./transform.ts";

export const BATCH_SIZE = 250;
const MAX_REPORTED_PROBLEMS = 200;

export type GiasRowProblem = { line: number; urn: string | null; column: string | null; message: string };

export type GiasImportReport = {
  rowsRead: number;
  kept: number;
  filteredOut: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  problems: GiasRowProblem[];
  removed: number;
  /** Schools no longer in the file but kept because they are onboarded or referenced. */
  retained: number;
  trustsCreated: number;
  senProvisionsCreated: number;
  /** Places in the rebuilt offline gazetteer (postcodes, outward codes, towns, localities). */
  gazetteerPlaces: number;
  durationMs: number;
};

export type GiasSource = string | Readable;

export type GiasImportOptions = {
  /** Valid rows per staging insert. */
  batchSize?: number;
  downloadTimeoutMs?: number;
  /** Upper bound for the import's transaction (default 15 minutes). */
  transactionTimeoutMs?: number;
};

export { GiasStructureError };

const REGION_NAMES = ["Inner London", "Outer London", "Fringe", "Rest of England"];

/** The school fields → `schools` column and SQL type. `urn` is the key; the others are written and compared. */
const SCHOOL_COLUMNS: Record<keyof SchoolFields, [column: string, type: string]> = {
  urn: ["urn", "text"],
  name: ["name", "text"],
  address1: ["address1", "text"],
  address2: ["address2", "text"],
  address3: ["address3", "text"],
  town: ["town", "text"],
  postcode: ["postcode", "text"],
  ukprn: ["ukprn", "text"],
  website: ["website", "text"],
  telephone: ["telephone", "text"],
  group: ["group", "text"],
  typeOfEstablishment: ["type_of_establishment", "text"],
  localAuthorityCode: ["local_authority_code", "text"],
  localAuthorityName: ["local_authority_name", "text"],
  phase: ["phase", "text"],
  gender: ["gender", "text"],
  minimumAge: ["minimum_age", "integer"],
  maximumAge: ["maximum_age", "integer"],
  religiousCharacter: ["religious_character", "text"],
  admissionsPolicy: ["admissions_policy", "text"],
  urbanOrRural: ["urban_or_rural", "text"],
  schoolCapacity: ["school_capacity", "integer"],
  totalPupils: ["total_pupils", "integer"],
  totalBoys: ["total_boys", "integer"],
  totalGirls: ["total_girls", "integer"],
  percentageFreeSchoolMeals: ["percentage_free_school_meals", "integer"],
  specialClasses: ["special_classes", "text"],
  sendProvision: ["send_provision", "text"],
  rating: ["rating", "text"],
  lastInspectionDate: ["last_inspection_date", "date"],
  districtAdminCode: ["district_admin_code", "text"],
  districtAdminName: ["district_admin_name", "text"],
  latitude: ["latitude", "double precision"],
  longitude: ["longitude", "double precision"],
};
const FIELDS = Object.keys(SCHOOL_COLUMNS) as (keyof SchoolFields)[];

/** Staging columns in insert order: the school fields, then what the merge resolves. */
const STAGING: [column: string, type: string][] = [
  ["line", "integer"],
  ...FIELDS.map((f) => SCHOOL_COLUMNS[f]),
  ["region_id", "uuid"],
  ["trust_uid", "text"],
  ["trust_name", "text"],
  ["sen", "text[]"],
];
/** Columns an upsert writes and compares (everything but the key). */
const WRITTEN = [...COMPARED_FIELDS.map((f) => SCHOOL_COLUMNS[f][0]), "region_id", "trust_id"];
const q = (column: string) => `"${column}"`;

/** Element i of a staged row (a JSON array) as the staging column's type. */
function fromJson([, type]: [string, string], i: number): string {
  if (type === "text[]") return `ARRAY(SELECT jsonb_array_elements_text(e->${i}))`;
  return type === "text" ? `e->>${i}` : `(e->>${i})::${type}`;
}
const INSERT_STAGED = `
  INSERT INTO gias_staging (${STAGING.map(([c]) => q(c)).join(", ")})
  SELECT ${STAGING.map(fromJson).join(", ")} FROM jsonb_array_elements($1::jsonb) AS e`;

/**
 * One batch of valid rows. Each row is turned into one compact JSON array string as soon as it is read (the parsed
 * cells can then be collected young), and the batch is sent as ONE jsonb parameter — never file data in SQL text.
 */
class StagingBatch {
  rows: string[] = [];
  skippedUrns: string[] = [];

  get size() {
    return this.rows.length;
  }

  add(line: number, school: GiasSchool, regionId: string) {
    const values = FIELDS.map((f) => {
      const v = school.fields[f];
      return v instanceof Date ? v.toISOString().slice(0, 10) : v;
    });
    this.rows.push(
      JSON.stringify([
        line,
        ...values,
        regionId,
        school.trust?.uid ?? null,
        school.trust?.name ?? null,
        school.senProvisions,
      ]),
    );
  }

  async write(tx: Tx) {
    if (this.rows.length) await tx.$executeRawUnsafe(INSERT_STAGED, `[${this.rows.join(",")}]`);
    if (this.skippedUrns.length) {
      await tx.$executeRawUnsafe(
        `INSERT INTO gias_skipped (urn) SELECT DISTINCT jsonb_array_elements_text($1::jsonb) ON CONFLICT DO NOTHING`,
        JSON.stringify(this.skippedUrns),
      );
    }
  }
}

export async function importGias(db: Db, source: GiasSource, opts: GiasImportOptions = {}): Promise<GiasImportReport> {
  const started = Date.now();
  const regions = new Map((await db.region.findMany({ select: { id: true, name: true } })).map((r) => [r.name, r.id]));
  for (const name of REGION_NAMES) {
    if (!regions.has(name))
      throw new GiasStructureError(`Region "${name}" is missing from the database: seed the regions first.`);
  }
  const report = await withLocalSource(source, opts.downloadTimeoutMs ?? 5 * 60_000, async (input) => {
    try {
      return await db.$transaction((tx: Tx) => importInTransaction(tx, input, regions, opts.batchSize ?? BATCH_SIZE), {
        timeout: opts.transactionTimeoutMs ?? 15 * 60_000,
        maxWait: 60_000,
      });
    } catch (error) {
      if (error instanceof GiasStructureError) throw error;
      throw new Error(`The GIAS import failed and was rolled back (nothing was changed): ${(error as Error).message}`, {
        cause: error,
      });
    }
  });
  report.durationMs = Date.now() - started;
  logger.info({ ...report, problems: report.problems.length }, "GIAS import finished");
  return report;
}

/** Calls `use` with a stream of the file; a URL is downloaded to a temporary file first (removed afterwards). */
async function withLocalSource<T>(
  source: GiasSource,
  timeoutMs: number,
  use: (input: Readable) => Promise<T>,
): Promise<T> {
  if (typeof source !== "string") return use(source);
  if (!/^https?:\/\//i.test(source)) return use(createReadStream(source));
  const dir = await mkdtemp(join(tmpdir(), "gias-"));
  try {
    const file = join(dir, "edubasealldata.csv");
    const response = await fetch(source, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok || !response.body) throw new Error(`Could not download ${source}: HTTP ${response.status}`);
    await pipeline(
      Readable.fromWeb(response.body as import("node:stream/web").ReadableStream),
      createWriteStream(file),
    );
    return await use(createReadStream(file));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function createStagingTables(tx: Tx) {
  // Serialise imports (a nightly run and a "Run now" must not interleave).
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('gias-import'))`);
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE gias_staging (${STAGING.map(([c, type]) => `${q(c)} ${type}`).join(", ")}, PRIMARY KEY (urn)) ON COMMIT DROP`,
  );
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE gias_staging_sen (urn text NOT NULL, name text NOT NULL) ON COMMIT DROP`,
  );
  await tx.$executeRawUnsafe(`CREATE TEMP TABLE gias_skipped (urn text PRIMARY KEY) ON COMMIT DROP`);
  await tx.$executeRawUnsafe(
    `CREATE TEMP TABLE gias_changed (school_id uuid PRIMARY KEY, created boolean NOT NULL) ON COMMIT DROP`,
  );
}

async function importInTransaction(
  tx: Tx,
  input: Readable,
  regions: Map<string, string>,
  batchSize: number,
): Promise<GiasImportReport> {
  const report: GiasImportReport = {
    rowsRead: 0,
    kept: 0,
    filteredOut: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    problems: [],
    removed: 0,
    retained: 0,
    trustsCreated: 0,
    senProvisionsCreated: 0,
    gazetteerPlaces: 0,
    durationMs: 0,
  };
  await createStagingTables(tx);
  await stageFile(tx, input, regions, batchSize, report);
  await mergeStaging(tx, report);
  return report;
}

/** Reads, validates and transforms every row; valid ones go to gias_staging, problems to the report. */
async function stageFile(
  tx: Tx,
  input: Readable,
  regions: Map<string, string>,
  batchSize: number,
  report: GiasImportReport,
) {
  // The file's own read errors (a file that is not there, a cut-off stream) are the file's problem, not the import's.
  let readError: unknown;
  input.on("error", (err) => (readError = err));
  const seen = new Set<string>();
  let index: Map<string, number> | undefined;
  let width = 0;
  let batch = new StagingBatch();
  let writing: Promise<void> = Promise.resolve();
  const skip = (p: GiasRowProblem) => {
    report.skipped++;
    if (p.urn) {
      seen.add(p.urn);
      batch.skippedUrns.push(p.urn);
    }
    if (report.problems.length < MAX_REPORTED_PROBLEMS) report.problems.push(p);
  };

  try {
    for await (const { record, line } of readCsvRecords(input, { encoding: "latin1" })) {
      if (!index) {
        index = indexHeader(record);
        width = record.length;
        continue;
      }
      report.rowsRead++;
      if (record.length !== width) {
        const urn = (record[index.get("URN")!] ?? "").trim();
        skip({
          line,
          urn: /^\d{5,7}$/.test(urn) ? urn : null,
          column: null,
          message: `has ${record.length} fields, the header has ${width}`,
        });
        continue;
      }
      const outcome = transformRow(record, index);
      if (outcome.kind === "filtered") {
        report.filteredOut++;
        continue;
      }
      if (outcome.kind === "invalid") {
        skip({ line, urn: outcome.urn, column: outcome.column, message: outcome.message });
        continue;
      }
      const urn = outcome.school.fields.urn;
      if (seen.has(urn)) {
        skip({ line, urn, column: "URN", message: "duplicate URN (first row kept)" });
        continue;
      }
      seen.add(urn);
      report.kept++;
      batch.add(line, outcome.school, regions.get(outcome.school.region)!);
      if (batch.size >= batchSize) {
        // PostgreSQL stores this batch while the next one is parsed; at most one write is in flight.
        await writing;
        writing = batch.write(tx);
        writing.catch(() => {}); // handled by the `await writing` before the next write or after the loop
        batch = new StagingBatch();
      }
    }
    await writing;
  } catch (error) {
    await writing.catch(() => {}); // never leave a statement running when the transaction rolls back
    if (error instanceof CsvReadError) {
      throw new GiasStructureError(
        `The file could not be read at line ${error.line}: ${error.message}. Nothing was imported.`,
      );
    }
    if (error !== readError) throw error;
    throw new GiasStructureError(`The file could not be read: ${(error as Error).message}. Nothing was imported.`);
  }
  if (!index) throw new GiasStructureError("The file is empty: no header row. Nothing was imported.");
  await batch.write(tx);
}

/** Set-based merge of the staging tables into SEN provisions, trusts, schools and SEN links; then removals. */
async function mergeStaging(tx: Tx, report: GiasImportReport) {
  await tx.$executeRawUnsafe(`INSERT INTO gias_staging_sen (urn, name) SELECT urn, unnest(sen) FROM gias_staging`);
  // Statistics for the join keys only, from a small sample (a full ANALYZE of the wide staging table costs more than it
  // saves; the joins' plans need only the number of rows and distinct keys).
  await tx.$executeRawUnsafe(`SET LOCAL default_statistics_target = 10`);
  await tx.$executeRawUnsafe(`ANALYZE gias_staging (urn, trust_uid)`);
  await tx.$executeRawUnsafe(`ANALYZE gias_staging_sen`);
  report.senProvisionsCreated = await count(
    tx,
    `WITH ins AS (
       INSERT INTO sen_provisions (name, updated_at) SELECT DISTINCT name, now() FROM gias_staging_sen
       ON CONFLICT (name) DO NOTHING RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
  );
  // A trust's name is taken from its last row in the file.
  report.trustsCreated = await count(
    tx,
    `WITH latest AS (
       SELECT DISTINCT ON (trust_uid) trust_uid AS uid, trust_name AS name FROM gias_staging
       WHERE trust_uid IS NOT NULL ORDER BY trust_uid, line DESC),
     ins AS (
       INSERT INTO trusts (uid, name, updated_at) SELECT uid, name, now() FROM latest
       ON CONFLICT (uid) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at
       WHERE trusts.name IS DISTINCT FROM excluded.name
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::int AS n FROM ins`,
  );
  await withIndexesBuiltAfter(tx, report.kept, () => upsertSchools(tx));
  await syncSenLinks(tx);
  const [changes] = await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(
    `SELECT count(*) FILTER (WHERE created)::int AS created, count(*) FILTER (WHERE NOT created)::int AS updated FROM gias_changed`,
  );
  report.created = changes.created;
  report.updated = changes.updated;
  report.unchanged = report.kept - changes.created - changes.updated;
  if (report.kept > 0) Object.assign(report, await removeDisappeared(tx));
  // Find's offline location search follows the schools it was built from, in the same transaction.
  report.gazetteerPlaces = (await rebuildGazetteer(tx)).places;
}

async function count(tx: Tx, sql: string): Promise<number> {
  const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(sql);
  return row.n;
}

/**
 * When the file holds more than twice as many schools as the table (the first import of a new service), the schools
 * table's non-unique indexes (trigram GIN and GiST, the name and location indexes) are dropped and built again once
 * the rows are in: building each once is about twice as fast as updating it row by row for 40,000 new schools. The
 * unique indexes stay, so the upsert's conflict check and every constraint hold throughout. Dropping an index locks
 * the table until the import commits, which on a service with (almost) no schools yet keeps nobody waiting; the
 * definitions are the database's own (`pg_get_indexdef`), so they come back exactly as the migrations made them, and
 * a failure rolls the drop back with everything else.
 */
async function withIndexesBuiltAfter(tx: Tx, staged: number, upsert: () => Promise<void>) {
  const [{ existing }] = await tx.$queryRawUnsafe<{ existing: number }[]>(
    `SELECT count(*)::int AS existing FROM schools`,
  );
  if (existing * 2 >= staged) return upsert();
  const indexes = await tx.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = 'schools'::regclass AND NOT i.indisunique AND NOT i.indisprimary`,
  );
  for (const { name } of indexes) await tx.$executeRawUnsafe(`DROP INDEX ${q(name)}`);
  await upsert();
  for (const { definition } of indexes) await tx.$executeRawUnsafe(definition);
}

/** Inserts new schools and updates those whose columns differ; records both in gias_changed. */
async function upsertSchools(tx: Tx) {
  const columns = ["urn", ...WRITTEN];
  const staged = (c: string) => (c === "trust_id" ? "t.id" : `s.${q(c)}`);
  await tx.$executeRawUnsafe(
    `WITH up AS (
       INSERT INTO schools (${columns.map(q).join(", ")}, updated_at)
       SELECT ${columns.map(staged).join(", ")}, now()
       FROM gias_staging s LEFT JOIN trusts t ON t.uid = s.trust_uid
       ON CONFLICT (urn) DO UPDATE SET ${WRITTEN.map((c) => `${q(c)} = excluded.${q(c)}`).join(", ")}, updated_at = excluded.updated_at
       WHERE (${WRITTEN.map((c) => `schools.${q(c)}`).join(", ")}) IS DISTINCT FROM (${WRITTEN.map((c) => `excluded.${q(c)}`).join(", ")})
       RETURNING id, (xmax = 0) AS inserted)
     INSERT INTO gias_changed (school_id, created) SELECT id, inserted FROM up`,
  );
}

/** Makes each imported school's SEN links exactly its row's SEN columns; a school whose links changed is "updated". */
async function syncSenLinks(tx: Tx) {
  await tx.$executeRawUnsafe(
    `WITH del AS (
       DELETE FROM school_sen_provisions l USING gias_staging s, schools sc
       WHERE sc.urn = s.urn AND l.school_id = sc.id
         AND NOT EXISTS (
           SELECT 1 FROM gias_staging_sen ss JOIN sen_provisions p ON p.name = ss.name
           WHERE ss.urn = s.urn AND p.id = l.sen_provision_id)
       RETURNING l.school_id)
     INSERT INTO gias_changed (school_id, created) SELECT DISTINCT school_id, false FROM del ON CONFLICT (school_id) DO NOTHING`,
  );
  await tx.$executeRawUnsafe(
    `WITH ins AS (
       INSERT INTO school_sen_provisions (school_id, sen_provision_id, updated_at)
       SELECT sc.id, p.id, now()
       FROM gias_staging_sen ss JOIN schools sc ON sc.urn = ss.urn JOIN sen_provisions p ON p.name = ss.name
       WHERE NOT EXISTS (SELECT 1 FROM school_sen_provisions l WHERE l.school_id = sc.id AND l.sen_provision_id = p.id)
       ON CONFLICT (school_id, sen_provision_id) DO NOTHING
       RETURNING school_id)
     INSERT INTO gias_changed (school_id, created) SELECT DISTINCT school_id, false FROM ins ON CONFLICT (school_id) DO NOTHING`,
  );
}

/** Tables whose rows keep a school that left GIAS (besides being onboarded for claims or placements). */
const REFERENCING_TABLES = [
  "user_memberships",
  "mentor_memberships",
  "hosting_interests",
  "placements",
  "partnerships",
  "claims",
  "eligibilities",
  "school_contacts",
];

/** Deletes schools with a URN that the file no longer lists, unless onboarded or referenced. */
async function removeDisappeared(tx: Tx): Promise<{ removed: number; retained: number }> {
  const [row] = await tx.$queryRawUnsafe<{ candidates: number; removed: number }[]>(
    `WITH gone AS MATERIALIZED (
       SELECT sc.id, (NOT sc.claims_service AND NOT sc.placements_service
         ${REFERENCING_TABLES.map((t) => `AND NOT EXISTS (SELECT 1 FROM ${q(t)} r WHERE r.school_id = sc.id)`).join("\n         ")}) AS removable
       FROM schools sc
       WHERE sc.urn IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM gias_staging s WHERE s.urn = sc.urn)
         AND NOT EXISTS (SELECT 1 FROM gias_skipped k WHERE k.urn = sc.urn)),
     del AS (DELETE FROM schools WHERE id IN (SELECT id FROM gone WHERE removable) RETURNING 1)
     SELECT (SELECT count(*) FROM gone)::int AS candidates, (SELECT count(*) FROM del)::int AS removed`,
  );
  return { removed: row.removed, retained: row.candidates - row.removed };
}

/** A human-readable summary for the CLI and the jobs page. */
export function formatGiasReport(r: GiasImportReport): string {
  const lines = [
    `Read ${r.rowsRead} rows in ${(r.durationMs / 1000).toFixed(1)} s: ${r.kept} open schools in England, ${r.filteredOut} filtered out (closed, proposed, Welsh, overseas).`,
    `Schools: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed, ${r.retained} no longer in GIAS but kept (onboarded or referenced).`,
    `Trusts created: ${r.trustsCreated}. SEN provisions created: ${r.senProvisionsCreated}.`,
  ];
  if (r.skipped) {
    lines.push(`Skipped ${r.skipped} malformed row${r.skipped === 1 ? "" : "s"}:`);
    for (const p of r.problems) {
      lines.push(
        `  line ${p.line}${p.urn ? ` (URN ${p.urn})` : ""}${p.column ? `, column "${p.column}"` : ""}: ${p.message}`,
      );
    }
    if (r.skipped > r.problems.length) lines.push(`  … and ${r.skipped - r.problems.length} more`);
  }
  return lines.join("\n");
}
