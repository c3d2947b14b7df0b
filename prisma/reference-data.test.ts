import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenedDatabase } from "#server/db.ts";
import { importGias } from "#server/integrations/gias/import.ts";
import { generateGiasCsv } from "../bench/gias-generator.ts";
import { seed } from "./seed.ts";
import { KEY_STAGES, SEN_PROVISIONS, TERMS } from "./seed-data/reference-data.ts";
import { REGIONS } from "./seed-data/regions.ts";

/**
 * A fresh database gets its reference rows from the migrations, so production's first steps work in the README's
 * order: `npm run db:migrate`, then `npm run import:gias -- <file>` (no seed in production).
 */
describe("reference data on a freshly migrated database", () => {
  let opened: OpenedDatabase;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "itt-reference-data-"));
    opened = await openDatabase({ pgliteDir: "memory://", migrate: true, seedIfEmpty: false });
  });
  afterAll(async () => {
    await opened?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("has the regions with their funding rates, the key stages, terms and SEN provisions of prisma/seed-data", async () => {
    const { db } = opened;
    const regions = await db.region.findMany({ select: { name: true, claimsFundingAvailablePerHourPence: true } });
    expect(regions).toEqual(expect.arrayContaining(REGIONS.map((r) => ({ ...r }))));
    expect(regions).toHaveLength(REGIONS.length);
    expect((await db.keyStage.findMany()).map((k) => k.name).sort()).toEqual([...KEY_STAGES].sort());
    expect((await db.term.findMany()).map((t) => t.name).sort()).toEqual([...TERMS].sort());
    expect((await db.senProvision.findMany()).map((s) => s.name).sort()).toEqual([...SEN_PROVISIONS].sort());
    // No demo data.
    expect(await db.user.count()).toBe(0);
    expect(await db.school.count()).toBe(0);
  });

  it("takes a GIAS import straight away", async () => {
    const file = join(dir, "gias.csv");
    await generateGiasCsv(file, 20);
    const report = await importGias(opened.db, file);
    expect(report.created).toBeGreaterThan(0);
  });

  it("keeps the seed working on top, and running the data migration again changes nothing", async () => {
    const { db } = opened;
    await seed(db);
    expect(await db.region.count()).toBe(REGIONS.length);
    expect(await db.user.count()).toBeGreaterThan(0);
    await db.region.update({ where: { name: "Fringe" }, data: { claimsFundingAvailablePerHourPence: 4600 } });
    const sql = await readFile(
      new URL("./migrations/20261202180000_reference_data/migration.sql", import.meta.url),
      "utf8",
    );
    for (const statement of sql.split(/;\s*$/m).filter((s) => s.replace(/--.*$/gm, "").trim())) {
      await db.$executeRawUnsafe(statement);
    }
    expect(await db.region.count()).toBe(REGIONS.length);
    expect(await db.keyStage.count()).toBe(KEY_STAGES.length);
    expect((await db.region.findUniqueOrThrow({ where: { name: "Fringe" } })).claimsFundingAvailablePerHourPence).toBe(
      4600,
    );
  }, 120_000); // the whole demo seed
});
