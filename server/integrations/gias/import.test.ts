import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createRegion, createSchool, createUser } from "#tests/factories/index.ts";
import { GIAS_HEADERS, giasRows, type GiasRow } from "../../../bench/gias-generator.ts";
import { formatGiasReport, GiasStructureError, importGias } from "./import.ts";
import { eastingNorthingToLatLong } from "./transform.ts";

const getDb = useTestDatabase();
let dir: string;
let fileNo = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gias-import-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

beforeEach(async () => {
  const db = await getDb();
  for (const name of ["Inner London", "Outer London", "Fringe", "Rest of England"]) await createRegion(db, { name });
});

function row(overrides: Partial<GiasRow>): GiasRow {
  const base = Object.fromEntries(GIAS_HEADERS.map((h) => [h, ""])) as GiasRow;
  return {
    ...base,
    "EstablishmentStatus (code)": "1",
    "TypeOfEstablishment (code)": "1",
    "TypeOfEstablishment (name)": "Community school",
    "EstablishmentTypeGroup (name)": "Local authority maintained schools",
    "DistrictAdministrative (code)": "E08000025",
    "DistrictAdministrative (name)": "Birmingham",
    Easting: "407000",
    Northing: "287000",
    Town: "Birmingham",
    Postcode: "B1 1AA",
    ...overrides,
  };
}

/** Writes rows as a GIAS file: latin1, CRLF, header first (columns optionally dropped). */
async function giasFile(rows: GiasRow[], opts: { drop?: string[]; encoding?: BufferEncoding; raw?: string } = {}) {
  const headers = GIAS_HEADERS.filter((h) => !opts.drop?.includes(h));
  const text =
    opts.raw ?? stringify([headers, ...rows.map((r) => headers.map((h) => r[h]))], { record_delimiter: "\r\n" });
  const file = join(dir, `edubasealldata-${++fileNo}.csv`);
  await writeFile(file, Buffer.from(text, opts.encoding ?? "latin1"));
  return file;
}

describe("GIAS import", () => {
  it("keeps open schools in England with regions, coordinates, trusts and SEN provisions", async () => {
    const db = await getDb();
    const rows = [...giasRows(400, 11)];
    const file = await giasFile(rows);
    const report = await importGias(db, file);

    const expected = rows.filter(
      (r) =>
        ["1", "3"].includes(r["EstablishmentStatus (code)"]) &&
        !["25", "30", "37"].includes(r["TypeOfEstablishment (code)"]),
    );
    expect(report.rowsRead).toBe(400);
    expect(report.kept).toBe(expected.length);
    expect(report.created).toBe(expected.length);
    expect(report.filteredOut).toBe(400 - expected.length);
    expect(report.skipped).toBe(0);
    expect(await db.school.count()).toBe(expected.length);
    // The generator's mix includes rows the filter must drop.
    expect(rows.some((r) => r["TypeOfEstablishment (code)"] === "30" && r["EstablishmentStatus (code)"] === "1")).toBe(
      true,
    );
    expect(
      await db.school.count({ where: { urn: { in: rows.filter((r) => !expected.includes(r)).map((r) => r.URN) } } }),
    ).toBe(0);

    const schools = await db.school.findMany({
      include: { region: true, trust: true, schoolSenProvisions: { include: { senProvision: true } } },
    });
    const byUrn = new Map(schools.map((s) => [s.urn!, s]));
    for (const r of expected) {
      const s = byUrn.get(r.URN)!;
      const region =
        {
          E09000007: "Inner London",
          E09000012: "Inner London",
          E09000022: "Inner London",
          E09000028: "Inner London",
          E09000033: "Inner London",
          E09000025: "Inner London",
          E09000006: "Outer London",
          E09000003: "Outer London",
          E09000008: "Outer London",
          E09000017: "Outer London",
          E06000039: "Fringe",
          E07000240: "Fringe",
          E07000103: "Fringe",
          E07000209: "Fringe",
          E07000066: "Fringe",
          E06000060: "Fringe",
        }[r["DistrictAdministrative (code)"]] ?? "Rest of England";
      expect(s.region.name, `region of ${r.URN}`).toBe(region);
      expect(s.name).toBe(r.EstablishmentName);
      if (r.Easting) {
        expect(s.latitude!).toBeGreaterThan(49.8);
        expect(s.latitude!).toBeLessThan(55.9);
        expect(s.longitude!).toBeGreaterThan(-6.5);
        expect(s.longitude!).toBeLessThan(1.8);
      } else {
        expect(s.latitude).toBeNull();
      }
      expect(s.trust?.uid ?? "").toBe(r["Trusts (code)"]);
      const sen = Object.entries(r)
        .filter(([k, v]) => /^SEN\d+ \(name\)$/.test(k) && v)
        .map(([, v]) => v)
        .sort();
      expect(s.schoolSenProvisions.map((x) => x.senProvision.name).sort()).toEqual(sen);
    }
    expect(await db.trust.count()).toBeGreaterThan(0);
    expect(await db.senProvision.count()).toBeGreaterThan(0);
    expect(schools.every((s) => s.region.name !== "Inner London" || s.districtAdminCode?.startsWith("E09"))).toBe(true);
  });

  it("converts British National Grid coordinates accurately (Trafalgar Square)", () => {
    // EPSG:27700 530034, 180381 is Nelson's Column: 51.50780 N, 0.12800 W.
    const { latitude, longitude } = eastingNorthingToLatLong(530034, 180381);
    expect(latitude).toBeCloseTo(51.5078, 3);
    expect(longitude).toBeCloseTo(-0.128, 3);
  });

  it("preserves latin1 names such as Brómley", async () => {
    const db = await getDb();
    const file = await giasFile([
      row({
        URN: "100001",
        EstablishmentName: "St Mary's Church of England Primary School, Brómley",
        Town: "Zoë Façade",
      }),
    ]);
    await importGias(db, file);
    const school = await db.school.findUniqueOrThrow({ where: { urn: "100001" } });
    expect(school.name).toBe("St Mary's Church of England Primary School, Brómley");
    expect(school.town).toBe("Zoë Façade");
  });

  it("re-importing the same file changes nothing", async () => {
    const db = await getDb();
    const file = await giasFile([...giasRows(250, 5)]);
    const first = await importGias(db, file);
    const before = await db.school.findMany({ orderBy: { urn: "asc" }, select: { id: true, updatedAt: true } });
    const second = await importGias(db, file);
    expect(second.created).toBe(0);
    expect(second.updated).toBe(0);
    expect(second.removed).toBe(0);
    expect(second.unchanged).toBe(first.kept);
    expect(await db.school.findMany({ orderBy: { urn: "asc" }, select: { id: true, updatedAt: true } })).toEqual(
      before,
    );
  });

  it("a first import builds the schools' search indexes after the rows are in, exactly as they were", async () => {
    const db = await getDb();
    const indexes = () =>
      db.$queryRawUnsafe<{ name: string; definition: string }[]>(
        `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
         FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE i.indrelid = 'schools'::regclass ORDER BY c.relname`,
      );
    const before = await indexes();
    expect(before.map((i) => i.name)).toContain("index_schools_on_name_trgm");
    const report = await importGias(db, await giasFile([...giasRows(120, 7)]));
    expect(report.created).toBeGreaterThan(50);
    expect(await indexes()).toEqual(before);
    // The rebuilt trigram index answers a name search.
    const [school] = await db.school.findMany({ take: 1, select: { name: true } });
    const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM schools WHERE name ILIKE $1`,
      `%${school!.name.slice(1, 6)}%`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it("updates changed schools and their SEN provisions", async () => {
    const db = await getDb();
    await importGias(
      db,
      await giasFile([row({ URN: "100010", EstablishmentName: "Old Name", "SEN1 (name)": "HI - Hearing Impairment" })]),
    );
    const report = await importGias(
      db,
      await giasFile([
        row({
          URN: "100010",
          EstablishmentName: "New Name",
          "SEN1 (name)": "VI - Visual Impairment",
          "Trusts (code)": "4001",
          "Trusts (name)": "Oak Trust",
          "DistrictAdministrative (code)": "E09000006",
        }),
      ]),
    );
    expect(report.updated).toBe(1);
    const school = await db.school.findUniqueOrThrow({
      where: { urn: "100010" },
      include: { region: true, trust: true, schoolSenProvisions: { include: { senProvision: true } } },
    });
    expect(school.name).toBe("New Name");
    expect(school.region.name).toBe("Outer London");
    expect(school.trust?.name).toBe("Oak Trust");
    expect(school.schoolSenProvisions.map((s) => s.senProvision.name)).toEqual(["VI - Visual Impairment"]);
  });

  it("removes schools that disappeared unless onboarded or referenced", async () => {
    const db = await getDb();
    const region = await db.region.findUniqueOrThrow({ where: { name: "Rest of England" } });
    const gone = await createSchool(db, { urn: "200001", claims: false, placements: false, regionId: region.id });
    const claims = await createSchool(db, { urn: "200002", claims: true, regionId: region.id });
    const placements = await createSchool(db, { urn: "200003", claims: false, placements: true, regionId: region.id });
    const member = await createSchool(db, { urn: "200004", claims: false, placements: false, regionId: region.id });
    await createUser(db, { service: "placements", schoolIds: [member.id] });
    const closed = await createSchool(db, { urn: "200005", claims: false, placements: false, regionId: region.id });

    const report = await importGias(
      db,
      await giasFile([
        row({ URN: "100020", EstablishmentName: "Still Here" }),
        row({ URN: "200005", EstablishmentName: "Closed", "EstablishmentStatus (code)": "2" }),
      ]),
    );
    expect(report.removed).toBe(2);
    expect(report.retained).toBe(3);
    const left = (await db.school.findMany({ select: { id: true } })).map((s) => s.id);
    expect(left).not.toContain(gone.id);
    expect(left).not.toContain(closed.id);
    expect(left).toEqual(expect.arrayContaining([claims.id, placements.id, member.id]));
  });

  it("skips malformed rows with a report naming line and column, and imports the valid ones", async () => {
    const db = await getDb();
    const existing = await createSchool(db, {
      urn: "100032",
      claims: false,
      placements: false,
      regionId: (await db.region.findUniqueOrThrow({ where: { name: "Fringe" } })).id,
    });
    const rows = [
      row({ URN: "100030", EstablishmentName: "Valid One" }),
      row({ URN: "100031", EstablishmentName: "Bad Capacity", SchoolCapacity: "lots" }),
      row({ URN: "100032", EstablishmentName: "Bad Date", OfstedLastInsp: "31-02-2024" }),
      row({ URN: "", EstablishmentName: "No URN" }),
      row({ URN: "100034", EstablishmentName: "Valid Two" }),
    ];
    const file = await giasFile(rows);
    const report = await importGias(db, file);
    expect(report.created).toBe(2);
    expect(report.skipped).toBe(3);
    expect(report.problems).toEqual([
      { line: 3, urn: "100031", column: "SchoolCapacity", message: '"lots" is not a whole number' },
      { line: 4, urn: "100032", column: "OfstedLastInsp", message: '"31-02-2024" is not a date (dd-mm-yyyy)' },
      { line: 5, urn: null, column: "URN", message: "URN is blank" },
    ]);
    expect(formatGiasReport(report)).toContain(
      'line 3 (URN 100031), column "SchoolCapacity": "lots" is not a whole number',
    );
    // A school whose row was malformed is not removed as "disappeared".
    expect(await db.school.findUnique({ where: { id: existing.id } })).not.toBeNull();
    expect((await db.school.findMany({ orderBy: { urn: "asc" } })).map((s) => s.urn)).toEqual([
      "100030",
      "100032",
      "100034",
    ]);
  });

  it("reports a row with the wrong number of fields", async () => {
    const db = await getDb();
    const good = stringify(
      [[...GIAS_HEADERS], GIAS_HEADERS.map((h) => row({ URN: "100040", EstablishmentName: "Fine" })[h])],
      {
        record_delimiter: "\r\n",
      },
    );
    const file = await giasFile([], { raw: `${good}100041,too,short\r\n` });
    const report = await importGias(db, file);
    expect(report.created).toBe(1);
    expect(report.problems).toEqual([
      { line: 3, urn: "100041", column: null, message: `has 3 fields, the header has ${GIAS_HEADERS.length}` },
    ]);
  });

  it("refuses a file with a missing column and changes nothing", async () => {
    const db = await getDb();
    const school = await createSchool(db, { urn: "100050", claims: false, placements: false });
    const file = await giasFile([row({ URN: "100051", EstablishmentName: "New" })], { drop: ["Easting"] });
    await expect(importGias(db, file)).rejects.toThrow(
      new GiasStructureError('Missing column "Easting" in the header row. Nothing was imported.'),
    );
    expect((await db.school.findMany()).map((s) => s.id)).toEqual([school.id]);
  });

  it("detects a UTF-8 file: a byte order mark refuses it, mojibake rows are reported", async () => {
    const db = await getDb();
    const withBom = await giasFile([row({ URN: "100060", EstablishmentName: "Brómley School" })], { encoding: "utf8" });
    await writeFile(
      withBom,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(stringify([[...GIAS_HEADERS]]), "utf8")]),
    );
    await expect(importGias(db, withBom)).rejects.toThrow(/UTF-8 byte order mark/);

    const utf8 = await giasFile(
      [
        row({ URN: "100061", EstablishmentName: "Brómley School" }),
        row({ URN: "100062", EstablishmentName: "Plain School" }),
      ],
      {
        encoding: "utf8",
      },
    );
    const report = await importGias(db, utf8);
    expect(report.created).toBe(1);
    expect(report.problems[0]).toMatchObject({ urn: "100061", column: "EstablishmentName" });
    expect(report.problems[0].message).toMatch(/looks UTF-8 encoded/);
  });

  it("counts a school whose only change is its SEN provisions as updated, and renames trusts", async () => {
    const db = await getDb();
    const trust = { "Trusts (code)": "4002", "Trusts (name)": "Elm Trust" };
    await importGias(
      db,
      await giasFile([
        row({ URN: "100080", EstablishmentName: "Same", ...trust, "SEN1 (name)": "HI - Hearing Impairment" }),
      ]),
    );
    const before = await db.school.findUniqueOrThrow({ where: { urn: "100080" } });
    const report = await importGias(
      db,
      await giasFile([
        row({
          URN: "100080",
          EstablishmentName: "Same",
          ...trust,
          "Trusts (name)": "Elm Trust (renamed)",
          "SEN1 (name)": "HI - Hearing Impairment",
          "SEN2 (name)": "VI - Visual Impairment",
        }),
      ]),
    );
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 0, trustsCreated: 0, senProvisionsCreated: 1 });
    const after = await db.school.findUniqueOrThrow({
      where: { urn: "100080" },
      include: { trust: true, schoolSenProvisions: { include: { senProvision: true } } },
    });
    expect(after.updatedAt).toEqual(before.updatedAt); // the school row itself did not change
    expect(after.trust?.name).toBe("Elm Trust (renamed)");
    expect(after.schoolSenProvisions.map((s) => s.senProvision.name).sort()).toEqual([
      "HI - Hearing Impairment",
      "VI - Visual Impairment",
    ]);
  });

  it("reports values the database could not store (too large, control characters) instead of failing", async () => {
    const db = await getDb();
    const report = await importGias(
      db,
      await giasFile([
        row({ URN: "100090", EstablishmentName: "Huge", SchoolCapacity: "99999999999" }),
        row({ URN: "100091", EstablishmentName: "Bad\u0000Byte" }),
        row({ URN: "100092", EstablishmentName: "Fine" }),
      ]),
    );
    expect(report.created).toBe(1);
    expect(report.problems).toEqual([
      { line: 2, urn: "100090", column: "SchoolCapacity", message: '"99999999999" is too large' },
      { line: 3, urn: "100091", column: "EstablishmentName", message: "contains a control character (byte 0x00)" },
    ]);
  });

  it("changes nothing when the file breaks part-way through (rows already staged are not imported)", async () => {
    const db = await getDb();
    await importGias(db, await giasFile([row({ URN: "100100", EstablishmentName: "Before" })]));
    const header = stringify([[...GIAS_HEADERS]], { record_delimiter: "\r\n" });
    const good = [
      row({ URN: "100100", EstablishmentName: "Renamed" }),
      row({ URN: "100101", EstablishmentName: "New" }),
    ];
    const body = stringify(
      good.map((r) => GIAS_HEADERS.map((h) => r[h])),
      { record_delimiter: "\r\n" },
    );
    const file = await giasFile([], { raw: `${header}${body}100102,"unterminated quote\r\n` });
    await expect(importGias(db, file, { batchSize: 1 })).rejects.toThrow(/could not be read.*Nothing was imported/);
    expect(await db.school.findMany({ select: { urn: true, name: true } })).toEqual([
      { urn: "100100", name: "Before" },
    ]);
  });

  it("rolls everything back when a write fails part-way through: never half a school or half a file", async () => {
    const db = await getDb();
    await importGias(
      db,
      await giasFile([row({ URN: "100110", EstablishmentName: "Kept", "SEN1 (name)": "HI - Hearing Impairment" })]),
    );
    const snapshot = async () => ({
      schools: await db.school.findMany({ orderBy: { urn: "asc" }, include: { schoolSenProvisions: true } }),
      trusts: await db.trust.findMany(),
      sen: await db.senProvision.findMany(),
    });
    const before = await snapshot();
    // The database refuses the SEN links, written after the schools themselves (as a lost connection could).
    await db.$executeRawUnsafe(`CREATE FUNCTION gias_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER gias_test_refuse BEFORE INSERT ON school_sen_provisions FOR EACH ROW
      EXECUTE FUNCTION gias_test_refuse()`);
    try {
      const file = await giasFile([
        row({
          URN: "100110",
          EstablishmentName: "Renamed",
          "SEN1 (name)": "VI - Visual Impairment",
          "Trusts (code)": "4003",
          "Trusts (name)": "Ash Trust",
        }),
        row({ URN: "100111", EstablishmentName: "New One", "SEN1 (name)": "MLD - Moderate Learning Difficulty" }),
        row({ URN: "100112", EstablishmentName: "New Two" }),
      ]);
      await expect(importGias(db, file, { batchSize: 1 })).rejects.toThrow(
        /rolled back \(nothing was changed\)[\s\S]*refused for the test/,
      );
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER gias_test_refuse ON school_sen_provisions`);
      await db.$executeRawUnsafe(`DROP FUNCTION gias_test_refuse()`);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("downloads a URL to a temporary file first, imports it and removes the file", async () => {
    const db = await getDb();
    const file = await giasFile([row({ URN: "100120", EstablishmentName: "Downloaded" })]);
    const body = await readFile(file);
    const server = createServer((req, res) => {
      if (req.url === "/edubasealldata.csv") res.end(body);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // The import's download folders: gias-XXXXXX holding edubasealldata.csv.
    const tempDirs = async () => {
      const dirs = (await readdir(tmpdir())).filter((f) => /^gias-[A-Za-z0-9]{6}$/.test(f));
      const withDownload = await Promise.all(
        dirs.map(async (d) =>
          (await readdir(join(tmpdir(), d)).catch((): string[] => [])).includes("edubasealldata.csv"),
        ),
      );
      return dirs.filter((_, i) => withDownload[i]).sort();
    };
    const before = await tempDirs();
    try {
      const report = await importGias(db, `${base}/edubasealldata.csv`);
      expect(report.created).toBe(1);
      await expect(importGias(db, `${base}/missing.csv`)).rejects.toThrow(/Could not download .*HTTP 404/);
    } finally {
      server.close();
    }
    expect(await tempDirs()).toEqual(before);
    expect((await db.school.findMany({ select: { urn: true } })).map((s) => s.urn)).toEqual(["100120"]);
  });
});
