/**
 * GIAS school import (reference §4.3): streams an "edubasealldata" CSV (ISO-8859-1), keeps open schools in England,
 * and upserts them by URN in batches — trusts by uid, SEN provisions by name, regions by DistrictAdministrative (code).
 *
 * Guarantees:
 * - Streaming: the file is parsed record by record with back-pressure; only one batch of rows (BATCH_SIZE) and the set
 *   of URNs seen are held in memory.
 * - Structural problems (missing column, UTF-8 byte order mark) are found from the header row, before any write:
 *   nothing changes.
 * - A malformed row (wrong number of fields, bad value) is skipped and reported with its line and column; valid rows
 *   are imported. Its URN still counts as "seen", so a school is never removed because its row had a typo.
 * - Each batch is written in one transaction: a school's row and its SEN links change together (never half a school).
 * - Removal of schools that disappeared runs only after the whole file was read without a fatal error, and spares
 *   onboarded schools (claims or placements) and schools referenced by anything (memberships, mentors, claims,
 *   placements, partnerships, hosting interests, eligibilities, contacts).
 * - Re-importing the same file writes nothing: each school is compared with the stored row first ("unchanged").
 */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { Prisma } from "../../../prisma/generated/client.ts";
import type { Db, Tx } from "../../db.ts";
import { logger } from "../../logger.ts";
import {
  COMPARED_FIELDS,
  GiasStructureError,
  indexHeader,
  sameValue,
  transformRow,
  type GiasSchool,
  type SchoolFields,
} from "./transform.ts";

export const BATCH_SIZE = 500;
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
  durationMs: number;
};

export type GiasSource = string | Readable;

export { GiasStructureError };

function openSource(source: GiasSource, timeoutMs: number): Promise<Readable> | Readable {
  if (typeof source !== "string") return source;
  if (/^https?:\/\//i.test(source)) {
    return (async () => {
      const response = await fetch(source, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok || !response.body) throw new Error(`Could not download ${source}: HTTP ${response.status}`);
      return Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
    })();
  }
  return createReadStream(source);
}

type Caches = {
  regions: Map<string, string>;
  trusts: Map<string, { id: string; name: string }>;
  sen: Map<string, string>;
};

async function loadCaches(db: Db): Promise<Caches> {
  const regions = new Map((await db.region.findMany({ select: { id: true, name: true } })).map((r) => [r.name, r.id]));
  for (const name of ["Inner London", "Outer London", "Fringe", "Rest of England"]) {
    if (!regions.has(name)) throw new GiasStructureError(`Region "${name}" is missing from the database: seed the regions first.`);
  }
  const trusts = new Map(
    (await db.trust.findMany({ select: { id: true, uid: true, name: true } })).map((t) => [t.uid, { id: t.id, name: t.name }]),
  );
  const sen = new Map((await db.senProvision.findMany({ select: { id: true, name: true } })).map((s) => [s.name, s.id]));
  return { regions, trusts, sen };
}

/** [field, column, SQL type] for the bulk insert of new schools. */
const INSERT_COLUMNS: [string, string, string][] = [
  ["urn", "urn", "text"], ["name", "name", "text"], ["address1", "address1", "text"], ["address2", "address2", "text"],
  ["address3", "address3", "text"], ["town", "town", "text"], ["postcode", "postcode", "text"], ["ukprn", "ukprn", "text"],
  ["website", "website", "text"], ["telephone", "telephone", "text"], ["group", "group", "text"],
  ["typeOfEstablishment", "type_of_establishment", "text"], ["localAuthorityCode", "local_authority_code", "text"],
  ["localAuthorityName", "local_authority_name", "text"], ["phase", "phase", "text"], ["gender", "gender", "text"],
  ["minimumAge", "minimum_age", "integer"], ["maximumAge", "maximum_age", "integer"],
  ["religiousCharacter", "religious_character", "text"], ["admissionsPolicy", "admissions_policy", "text"],
  ["urbanOrRural", "urban_or_rural", "text"], ["schoolCapacity", "school_capacity", "integer"],
  ["totalPupils", "total_pupils", "integer"], ["totalBoys", "total_boys", "integer"], ["totalGirls", "total_girls", "integer"],
  ["percentageFreeSchoolMeals", "percentage_free_school_meals", "integer"], ["specialClasses", "special_classes", "text"],
  ["sendProvision", "send_provision", "text"], ["rating", "rating", "text"], ["lastInspectionDate", "last_inspection_date", "date"],
  ["districtAdminCode", "district_admin_code", "text"], ["districtAdminName", "district_admin_name", "text"],
  ["latitude", "latitude", "double precision"], ["longitude", "longitude", "double precision"],
  ["regionId", "region_id", "uuid"], ["trustId", "trust_id", "uuid"],
];

const SCHOOL_SELECT = Object.fromEntries([
  ["id", true],
  ["urn", true],
  ["regionId", true],
  ["trustId", true],
  ...COMPARED_FIELDS.map((f) => [f, true]),
]) as Record<string, true>;

export async function importGias(
  db: Db,
  source: GiasSource,
  opts: { batchSize?: number; downloadTimeoutMs?: number } = {},
): Promise<GiasImportReport> {
  const started = Date.now();
  const batchSize = opts.batchSize ?? BATCH_SIZE;
  const report: GiasImportReport = {
    rowsRead: 0, kept: 0, filteredOut: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, problems: [],
    removed: 0, retained: 0, trustsCreated: 0, senProvisionsCreated: 0, durationMs: 0,
  };
  const caches = await loadCaches(db);
  const seen = new Set<string>();
  const input = await openSource(source, opts.downloadTimeoutMs ?? 5 * 60_000);
  const parser = input.pipe(
    parse({ encoding: "latin1", relax_column_count: true, skip_empty_lines: true, info: true, bom: false }),
  );
  input.on("error", (err) => parser.destroy(err));

  let index: Map<string, number> | undefined;
  let width = 0;
  let batch: GiasSchool[] = [];
  const problem = (p: GiasRowProblem) => {
    report.skipped++;
    if (report.problems.length < MAX_REPORTED_PROBLEMS) report.problems.push(p);
  };

  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!index) {
        index = indexHeader(record);
        width = record.length;
        continue;
      }
      report.rowsRead++;
      const line = info.lines;
      if (record.length !== width) {
        const urn = /^\d{5,7}$/.test((record[index.get("URN")!] ?? "").trim()) ? record[index.get("URN")!].trim() : null;
        if (urn) seen.add(urn);
        problem({ line, urn, column: null, message: `has ${record.length} fields, the header has ${width}` });
        continue;
      }
      const outcome = transformRow(record, index);
      if (outcome.kind === "filtered") {
        report.filteredOut++;
        continue;
      }
      if (outcome.kind === "invalid") {
        if (outcome.urn) seen.add(outcome.urn);
        problem({ line, urn: outcome.urn, column: outcome.column, message: outcome.message });
        continue;
      }
      if (seen.has(outcome.school.fields.urn)) {
        problem({ line, urn: outcome.school.fields.urn, column: "URN", message: "duplicate URN (first row kept)" });
        continue;
      }
      seen.add(outcome.school.fields.urn);
      report.kept++;
      batch.push(outcome.school);
      if (batch.length >= batchSize) {
        await writeBatch(db, batch, caches, report);
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof GiasStructureError) throw error;
    const line = (error as { lines?: number }).lines;
    throw new GiasStructureError(
      `The file could not be read${line ? ` at line ${line}` : ""}: ${(error as Error).message}. ` +
        `Rows before it were imported; no school was removed.`,
    );
  }
  if (!index) throw new GiasStructureError("The file is empty: no header row. Nothing was imported.");
  if (batch.length) await writeBatch(db, batch, caches, report);

  // Only after a complete read: remove schools that disappeared, unless onboarded or referenced.
  if (report.kept > 0) await removeDisappeared(db, seen, report);
  report.durationMs = Date.now() - started;
  logger.info({ ...report, problems: report.problems.length }, "GIAS import finished");
  return report;
}

async function ensureTrustsAndSen(db: Db, batch: GiasSchool[], caches: Caches, report: GiasImportReport) {
  const trusts = new Map<string, string>();
  for (const s of batch) if (s.trust) trusts.set(s.trust.uid, s.trust.name);
  const newTrusts = [...trusts].filter(([uid]) => !caches.trusts.has(uid));
  if (newTrusts.length) {
    const { count } = await db.trust.createMany({ data: newTrusts.map(([uid, name]) => ({ uid, name })), skipDuplicates: true });
    report.trustsCreated += count;
    for (const t of await db.trust.findMany({ where: { uid: { in: newTrusts.map(([uid]) => uid) } }, select: { id: true, uid: true, name: true } })) {
      caches.trusts.set(t.uid, { id: t.id, name: t.name });
    }
  }
  for (const [uid, name] of trusts) {
    const cached = caches.trusts.get(uid)!;
    if (cached.name !== name) {
      await db.trust.update({ where: { id: cached.id }, data: { name } });
      cached.name = name;
    }
  }
  const sen = new Set(batch.flatMap((s) => s.senProvisions).filter((n) => !caches.sen.has(n)));
  if (sen.size) {
    const { count } = await db.senProvision.createMany({ data: [...sen].map((name) => ({ name })), skipDuplicates: true });
    report.senProvisionsCreated += count;
    for (const s of await db.senProvision.findMany({ where: { name: { in: [...sen] } }, select: { id: true, name: true } })) {
      caches.sen.set(s.name, s.id);
    }
  }
}

async function writeBatch(db: Db, batch: GiasSchool[], caches: Caches, report: GiasImportReport) {
  await ensureTrustsAndSen(db, batch, caches, report);
  const existing = (await db.school.findMany({
    where: { urn: { in: batch.map((s) => s.fields.urn) } },
    select: { ...SCHOOL_SELECT, schoolSenProvisions: { select: { senProvisionId: true } } },
  })) as unknown as (Record<string, unknown> & { id: string; urn: string; schoolSenProvisions: { senProvisionId: string }[] })[];
  const byUrn = new Map(existing.map((s) => [s.urn, s]));

  const toCreate: { data: SchoolFields & { regionId: string; trustId: string | null }; sen: string[] }[] = [];
  const toUpdate: { id: string; data: Partial<SchoolFields> & { regionId?: string; trustId?: string | null }; sen: string[] | null }[] = [];
  for (const school of batch) {
    const regionId = caches.regions.get(school.region)!;
    const trustId = school.trust ? caches.trusts.get(school.trust.uid)!.id : null;
    const senIds = school.senProvisions.map((n) => caches.sen.get(n)!).sort();
    const current = byUrn.get(school.fields.urn);
    if (!current) {
      toCreate.push({ data: { ...school.fields, regionId, trustId }, sen: senIds });
      continue;
    }
    const changes: Record<string, unknown> = {};
    for (const field of COMPARED_FIELDS) {
      if (!sameValue(current[field], school.fields[field])) changes[field] = school.fields[field];
    }
    if (current.regionId !== regionId) changes.regionId = regionId;
    if ((current.trustId ?? null) !== trustId) changes.trustId = trustId;
    const currentSen = current.schoolSenProvisions.map((s) => s.senProvisionId).sort();
    const senChanged = currentSen.join() !== senIds.join();
    if (Object.keys(changes).length === 0 && !senChanged) {
      report.unchanged++;
      continue;
    }
    toUpdate.push({ id: current.id, data: changes, sen: senChanged ? senIds : null });
  }
  if (!toCreate.length && !toUpdate.length) return;

  await db.$transaction(
    async (tx: Tx) => {
      if (toCreate.length) {
        // One statement with one JSON parameter per batch: much cheaper than 500 × 36 bound values.
        const rows = toCreate.map((c) => ({ ...c.data, lastInspectionDate: c.data.lastInspectionDate?.toISOString().slice(0, 10) ?? null }));
        const inserted = await tx.$queryRaw<{ id: string; urn: string }[]>`
          INSERT INTO schools (${Prisma.raw(INSERT_COLUMNS.map(([, column]) => `"${column}"`).join(", "))}, updated_at)
          SELECT ${Prisma.raw(INSERT_COLUMNS.map(([field]) => `x."${field}"`).join(", "))}, now()
          FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(${Prisma.raw(INSERT_COLUMNS.map(([field, , type]) => `"${field}" ${type}`).join(", "))})
          RETURNING id::text AS id, urn`;
        const ids = new Map(inserted.map((r) => [r.urn, r.id]));
        const links = toCreate.flatMap((c) => c.sen.map((senProvisionId) => ({ schoolId: ids.get(c.data.urn)!, senProvisionId })));
        if (links.length) {
          await tx.$executeRaw`
            INSERT INTO school_sen_provisions (school_id, sen_provision_id, updated_at)
            SELECT x."schoolId", x."senProvisionId", now()
            FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS x("schoolId" uuid, "senProvisionId" uuid)`;
        }
      }
      for (const u of toUpdate) {
        if (Object.keys(u.data).length) await tx.school.update({ where: { id: u.id }, data: u.data });
        if (u.sen) {
          await tx.schoolSenProvision.deleteMany({ where: { schoolId: u.id, senProvisionId: { notIn: u.sen } } });
          await tx.schoolSenProvision.createMany({
            data: u.sen.map((senProvisionId) => ({ schoolId: u.id, senProvisionId })),
            skipDuplicates: true,
          });
        }
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  report.created += toCreate.length;
  report.updated += toUpdate.length;
}

async function removeDisappeared(db: Db, seen: Set<string>, report: GiasImportReport) {
  const candidates = await db.school.findMany({ where: { urn: { not: null } }, select: { id: true, urn: true } });
  const gone = candidates.filter((s) => !seen.has(s.urn!)).map((s) => s.id);
  for (let i = 0; i < gone.length; i += 1000) {
    const ids = gone.slice(i, i + 1000);
    const { count } = await db.school.deleteMany({
      where: {
        id: { in: ids },
        claimsService: false,
        placementsService: false,
        userMemberships: { none: {} },
        mentorMemberships: { none: {} },
        hostingInterests: { none: {} },
        placements: { none: {} },
        partnerships: { none: {} },
        claims: { none: {} },
        eligibilities: { none: {} },
        schoolContact: { is: null },
      },
    });
    report.removed += count;
    report.retained += ids.length - count;
  }
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
      lines.push(`  line ${p.line}${p.urn ? ` (URN ${p.urn})` : ""}${p.column ? `, column "${p.column}"` : ""}: ${p.message}`);
    }
    if (r.skipped > r.problems.length) lines.push(`  … and ${r.skipped - r.problems.length} more`);
  }
  return lines.join("\n");
}
