import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import {
  createAcademicYear,
  createProvider,
  createRegion,
  createUser,
  sessionUserFor,
} from "#tests/factories/index.ts";
import { createCaller } from "#server/trpc/root.ts";
import { createInnerContext } from "#server/trpc/context.ts";
import type { Db } from "#server/db.ts";
import { GIAS_HEADERS, type GiasRow } from "../../../bench/gias-generator.ts";
import { importGias } from "../../integrations/gias/import.ts";
import { lookUpPlace, rebuildGazetteer } from "../gazetteer/gazetteer.service.ts";
import { offlineGeocoder } from "../../integrations/geocoding/geocoder.ts";
import { academicYearFor } from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";
import { boundingBox, findSchools } from "./find.service.ts";
import { FindFiltersSchema } from "./find.schema.ts";

const getDb = useTestDatabase();

// Known points (town centres) and the great-circle miles between them.
const MANCHESTER = { lat: 53.4808, lng: -2.2426 };
const LEEDS = { lat: 53.8008, lng: -1.5491 }; // 36.0 miles from Manchester
const SHEFFIELD = { lat: 53.3811, lng: -1.4701 }; // 32.5 miles from Manchester
const LONDON = { lat: 51.5074, lng: -0.1278 }; // 163 miles from Manchester

let regionId: string;
let n = 0;

async function school(
  db: Db,
  opts: {
    name?: string;
    at: { lat: number; lng: number };
    town?: string;
    postcode?: string;
    locality?: string;
    la?: string;
    phase?: string;
    placements?: boolean;
    eoi?: boolean;
  },
) {
  n++;
  return db.school.create({
    data: {
      name: opts.name ?? `School ${n}`,
      urn: String(800000 + n),
      regionId,
      placementsService: opts.placements ?? true,
      expressionOfInterestCompleted: opts.eoi ?? true,
      latitude: opts.at.lat,
      longitude: opts.at.lng,
      town: opts.town ?? null,
      postcode: opts.postcode ?? null,
      address2: opts.locality ?? null,
      localAuthorityName: opts.la ?? null,
      phase: opts.phase ?? "Primary",
    },
  });
}

beforeEach(async () => {
  const db = await getDb();
  regionId = (await createRegion(db, { name: "Rest of England" })).id;
});

describe("offline gazetteer", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "gazetteer-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is built by the GIAS import from the schools' postcodes, outward codes, towns and localities", async () => {
    const db = await getDb();
    for (const name of ["Inner London", "Outer London", "Fringe"]) await createRegion(db, { name });
    const row = (urn: string, postcode: string, easting: string, northing: string, locality: string): GiasRow => ({
      ...(Object.fromEntries(GIAS_HEADERS.map((h) => [h, ""])) as GiasRow),
      URN: urn,
      EstablishmentName: `Gazetteer School ${urn}`,
      "EstablishmentStatus (code)": "1",
      "TypeOfEstablishment (code)": "1",
      "TypeOfEstablishment (name)": "Community school",
      "EstablishmentTypeGroup (name)": "Local authority maintained schools",
      "DistrictAdministrative (code)": "E08000003",
      "DistrictAdministrative (name)": "Manchester",
      "LA (name)": "Manchester",
      Easting: easting,
      Northing: northing,
      Town: "Manchester",
      Locality: locality,
      Postcode: postcode,
    });
    const rows = [
      row("700001", "M14 5RY", "385000", "394000", "Fallowfield"),
      row("700002", "M14 6WR", "385400", "394400", "Fallowfield"),
      row("700003", "M20 1ES", "385000", "391000", "Didsbury"),
    ];
    const file = join(dir, "edubasealldata.csv");
    const headers = [...GIAS_HEADERS];
    await writeFile(file, Buffer.from(stringify([headers, ...rows.map((r) => headers.map((h) => r[h]))]), "latin1"));
    const report = await importGias(db, file);
    expect(report.kept).toBe(3);
    const places = await db.gazetteerPlace.findMany({ orderBy: [{ kind: "asc" }, { key: "asc" }] });
    expect(places.map((p) => [p.kind, p.name, p.schoolCount])).toEqual([
      ["locality", "Didsbury", 1],
      ["locality", "Fallowfield", 2],
      ["outcode", "M14", 2],
      ["outcode", "M20", 1],
      ["postcode", "M14 5RY", 1],
      ["postcode", "M14 6WR", 1],
      ["postcode", "M20 1ES", 1],
      ["town", "Manchester", 3],
    ]);
    expect(report.gazetteerPlaces).toBe(8);
    // The outward code sits between its schools.
    const [a, b] = await db.school.findMany({ where: { urn: { in: ["700001", "700002"] } } });
    const m14 = places.find((p) => p.key === "M14")!;
    expect(m14.latitude).toBeCloseTo((a.latitude! + b.latitude!) / 2, 6);
  });

  it("resolves postcodes (any spacing), outward codes, towns, localities and school names", async () => {
    const db = await getDb();
    await school(db, { name: "Platt Fields Primary", at: MANCHESTER, town: "Manchester", postcode: "M14 6WR" });
    await school(db, { at: LEEDS, town: "Leeds", postcode: "LS8 4LH", locality: "Roundhay" });
    await rebuildGazetteer(db);
    const found = async (text: string) => {
      const r = await lookUpPlace(db, text);
      if (r.kind !== "found") throw new Error(`${text}: ${r.kind}`);
      return r.place;
    };
    expect((await found("m146wr")).name).toBe("M14 6WR");
    // A postcode no school has falls back to its outward code, named as typed.
    expect(await found("M14 5RY")).toMatchObject({ name: "M14 5RY", latitude: MANCHESTER.lat });
    expect((await found("M14")).name).toBe("M14");
    expect((await found("  leeds, United Kingdom ")).name).toBe("Leeds");
    expect((await found("Roundhay")).name).toBe("Roundhay");
    expect((await found("platt fields primary")).name).toBe("Platt Fields Primary, Manchester");
    expect((await found("PLATT  Fields primary")).name).toBe("Platt Fields Primary, Manchester");
    expect(await lookUpPlace(db, "ZZ99 9ZZ")).toEqual({ kind: "not_found" });
    expect(await lookUpPlace(db, "Atlantis")).toEqual({ kind: "not_found" });
  });

  it("offers a choice for a name shared by far-apart places, and for partial names", async () => {
    const db = await getDb();
    await school(db, { at: { lat: 50.7, lng: -1.29 }, town: "Newport", la: "Isle of Wight" });
    await school(db, { at: { lat: 52.77, lng: -2.38 }, town: "Newport", la: "Shropshire" });
    // One town over several boroughs stays one place.
    await school(db, { at: LONDON, town: "London", la: "Camden" });
    await school(db, { at: { lat: 51.45, lng: -0.05 }, town: "London", la: "Southwark" });
    await rebuildGazetteer(db);
    const newport = await lookUpPlace(db, "Newport");
    expect(newport.kind).toBe("ambiguous");
    if (newport.kind === "ambiguous") {
      expect(newport.options.map((o) => o.name).sort()).toEqual(["Newport, Isle of Wight", "Newport, Shropshire"]);
    }
    expect(await lookUpPlace(db, "london")).toMatchObject({ kind: "found", place: { name: "London" } });
    const partial = await lookUpPlace(db, "Newp");
    expect(partial.kind).toBe("ambiguous");
  });
});

describe("Find schools", () => {
  let providerId: string;
  let ayId: string;

  beforeEach(async () => {
    const db = await getDb();
    providerId = (await createProvider(db, { placements: true })).id;
    const today = londonToday();
    ayId = (await academicYearFor(db, today)).id;
  });

  const filters = (f: Record<string, unknown> = {}) => FindFiltersSchema.parse(f);
  const find = async (f: Record<string, unknown>, pastYears: string[] = []) =>
    findSchools(await getDb(), offlineGeocoder(await getDb()), {
      providerId,
      academicYearId: ayId,
      pastYears,
      filters: filters(f),
    });
  const names = (r: { schools: { name: string }[] }) => r.schools.map((s) => s.name);

  async function placement(
    db: Db,
    schoolId: string,
    opts: {
      status?: "draft" | "published";
      subjectId?: string;
      yearGroup?: "year_1" | "year_3";
      send?: boolean;
      provider?: string;
      ay?: string;
    } = {},
  ) {
    const ks = opts.send
      ? (await db.keyStage.upsert({ where: { name: "KS3" }, create: { name: "KS3" }, update: {} })).id
      : null;
    return db.placement.create({
      data: {
        schoolId,
        academicYearId: opts.ay ?? ayId,
        status: opts.status ?? "published",
        subjectId: opts.subjectId ?? null,
        yearGroup: opts.yearGroup ?? null,
        sendSpecific: opts.send ?? false,
        keyStageId: ks,
        providerId: opts.provider ?? null,
      },
    });
  }

  it("orders schools within 50 miles by distance, with the distance in miles", async () => {
    const db = await getDb();
    await school(db, { name: "Leeds School", at: LEEDS, town: "Leeds" });
    await school(db, { name: "Sheffield School", at: SHEFFIELD, town: "Sheffield" });
    await school(db, { name: "Manchester School", at: MANCHESTER, town: "Manchester", postcode: "M14 6WR" });
    await school(db, { name: "London School", at: LONDON, town: "London" });
    await rebuildGazetteer(db);
    const r = await find({ location: "M14 5RY" });
    expect(r.location.kind).toBe("found");
    expect(names(r)).toEqual(["Manchester School", "Sheffield School", "Leeds School"]);
    const miles = r.schools.map((s) => s.distanceMiles!);
    expect(miles[0]).toBeCloseTo(0, 5);
    expect(miles[1]).toBeCloseTo(32.5, 1);
    expect(miles[2]).toBeCloseTo(36.0, 1);
    expect(r.total).toBe(3);
    const leeds = await find({ location: "Leeds" });
    expect(names(leeds)).toEqual(["Leeds School", "Sheffield School", "Manchester School"]);
    // Without a location: alphabetical, no distance.
    const all = await find({});
    expect(names(all)).toEqual(["Leeds School", "London School", "Manchester School", "Sheffield School"]);
    expect(all.schools[0].distanceMiles).toBeNull();
  });

  it("keeps the bounding box wide enough for every school within the radius", () => {
    for (const lat of [50, 53.5, 55.8]) {
      const box = boundingBox({ id: "x", name: "x", latitude: lat, longitude: -2 }, 50);
      // A point 50 miles due east at the box's poleward edge latitude is still inside the box.
      const dLng = 50 / (69 * Math.cos(((lat + 50 / 69) * Math.PI) / 180));
      expect(box.maxLng).toBeGreaterThanOrEqual(-2 + dLng - 1e-9);
      expect(box.maxLat - lat).toBeCloseTo(50 / 69, 6);
    }
  });

  it("reports an unknown location and a choice for an ambiguous one, with no results", async () => {
    const db = await getDb();
    await school(db, { at: { lat: 50.7, lng: -1.29 }, town: "Newport", la: "Isle of Wight" });
    await school(db, { at: { lat: 52.77, lng: -2.38 }, town: "Newport", la: "Shropshire" });
    await rebuildGazetteer(db);
    expect((await find({ location: "Nowhere at all" })).location.kind).toBe("not_found");
    const amb = await find({ location: "Newport" });
    expect(amb.location.kind).toBe("ambiguous");
    expect(amb.total).toBe(0);
    if (amb.location.kind !== "ambiguous") return;
    const chosen = amb.location.options.find((o) => o.name === "Newport, Shropshire")!;
    const r = await find({ location: "Newport", place: chosen.id });
    expect(r.location).toMatchObject({ kind: "found", place: { name: "Newport, Shropshire" } });
    expect(r.schools[0].distanceMiles).toBeCloseTo(0, 1);
  });

  it("filters by name or URN, partner schools, phase, active schools and onboarding", async () => {
    const db = await getDb();
    const a = await school(db, { name: "Alder Primary", at: LEEDS, phase: "Primary" });
    await school(db, { name: "Birch Secondary", at: LEEDS, phase: "Secondary" });
    await school(db, { name: "Cedar Inactive", at: LEEDS, eoi: false });
    await school(db, { name: "Not onboarded", at: LEEDS, placements: false });
    await db.partnership.create({ data: { schoolId: a.id, providerId } });
    expect(names(await find({}))).toEqual(["Alder Primary", "Birch Secondary"]);
    expect(names(await find({ show: "all" }))).toEqual(["Alder Primary", "Birch Secondary", "Cedar Inactive"]);
    expect(names(await find({ search: "birch" }))).toEqual(["Birch Secondary"]);
    expect(names(await find({ search: a.urn! }))).toEqual(["Alder Primary"]);
    expect(names(await find({ search: "100%" }))).toEqual([]);
    expect(names(await find({ partner: "1" }))).toEqual(["Alder Primary"]);
    expect(names(await find({ phase: "Secondary" }))).toEqual(["Birch Secondary"]);
    expect(names(await find({ phase: ["Primary", "Secondary"] }))).toEqual(["Alder Primary", "Birch Secondary"]);
    // A school that told us its interest for the year is active without the expression of interest.
    const d = await school(db, { name: "Dogwood", at: LEEDS, eoi: false });
    await db.hostingInterest.create({ data: { schoolId: d.id, academicYearId: ayId, appetite: "interested" } });
    expect(names(await find({}))).toContain("Dogwood");
  });

  it("filters by ITT status, SEND, year groups and subjects, counting only published placements", async () => {
    const db = await getDb();
    const maths = await db.subject.create({ data: { name: "Mathematics", subjectArea: "secondary" } });
    const primary = await db.subject.create({ data: { name: "Primary", subjectArea: "primary" } });
    const languages = await db.subject.create({ data: { name: "Modern Languages", subjectArea: "secondary" } });
    const french = await db.subject.create({
      data: { name: "French", subjectArea: "secondary", parentSubjectId: languages.id },
    });
    const open = await school(db, { name: "Open", at: LEEDS });
    const full = await school(db, { name: "Full", at: LEEDS });
    const maybe = await school(db, { name: "Maybe", at: LEEDS });
    const no = await school(db, { name: "No", at: LEEDS });
    const draftOnly = await school(db, { name: "Draft only", at: LEEDS });
    const other = await createProvider(db, { placements: true });
    // The placement rules (also database CHECKs): a year group only on a primary subject, a SEND placement has no
    // subject, and an additional subject is a child of the placement's subject.
    await placement(db, open.id, { subjectId: maths.id });
    await placement(db, open.id, { subjectId: primary.id, yearGroup: "year_3" });
    await placement(db, open.id, { send: true });
    const withExtra = await placement(db, open.id, { subjectId: languages.id });
    await db.placementAdditionalSubject.create({ data: { placementId: withExtra.id, subjectId: french.id } });
    await placement(db, full.id, { subjectId: maths.id, provider: other.id });
    await db.hostingInterest.create({ data: { schoolId: maybe.id, academicYearId: ayId, appetite: "interested" } });
    await db.hostingInterest.create({ data: { schoolId: no.id, academicYearId: ayId, appetite: "not_open" } });
    await placement(db, draftOnly.id, { status: "draft", subjectId: maths.id });
    await placement(db, draftOnly.id, { status: "draft", subjectId: primary.id, yearGroup: "year_3" });
    await placement(db, draftOnly.id, { status: "draft", send: true });
    await placement(db, draftOnly.id, { status: "draft", subjectId: languages.id });

    expect(names(await find({ itt: "unfilled" }))).toEqual(["Open"]);
    expect(names(await find({ itt: "filled" }))).toEqual(["Full"]);
    expect(names(await find({ itt: "interested" }))).toEqual(["Maybe"]);
    expect(names(await find({ itt: "not_open" }))).toEqual(["No"]);
    expect(names(await find({ itt: ["not_open", "interested"] }))).toEqual(["Maybe", "No"]);
    expect(names(await find({ send: "1" }))).toEqual(["Open"]);
    expect(names(await find({ yearGroup: "year_3" }))).toEqual(["Open"]);
    expect(names(await find({ yearGroup: "year_1" }))).toEqual([]);
    expect(names(await find({ subject: maths.id }))).toEqual(["Full", "Open"]);
    // Additional subjects count (Modern Languages → French).
    expect(names(await find({ subject: french.id }))).toEqual(["Open"]);
    // Filters combine.
    expect(names(await find({ subject: maths.id, itt: "unfilled" }))).toEqual(["Open"]);
    const tags = new Map((await find({})).schools.map((s) => [s.name, s.tag]));
    expect(Object.fromEntries(tags)).toEqual({
      "Draft only": "unknown",
      Full: "filled",
      Maybe: "interested",
      No: "not_open",
      Open: "available",
    });
  });

  it("filters by last offered placements (past years, or none recently)", async () => {
    const db = await getDb();
    const today = londonToday();
    const startYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    const last = await createAcademicYear(db, startYear - 1);
    const before = await createAcademicYear(db, startYear - 2);
    const a = await school(db, { name: "Hosted last year", at: LEEDS });
    const b = await school(db, { name: "Hosted before", at: LEEDS });
    await school(db, { name: "Never hosted", at: LEEDS });
    const c = await school(db, { name: "Draft last year", at: LEEDS });
    await placement(db, a.id, { ay: last.id, send: true });
    await placement(db, b.id, { ay: before.id, send: true });
    await placement(db, c.id, { ay: last.id, status: "draft", send: true });
    const past = [last.id, before.id];
    expect(names(await find({ lastOffered: last.id }, past))).toEqual(["Hosted last year"]);
    expect(names(await find({ lastOffered: [last.id, before.id] }, past))).toEqual([
      "Hosted before",
      "Hosted last year",
    ]);
    expect(names(await find({ lastOffered: "none" }, past))).toEqual(["Draft last year", "Never hosted"]);
  });

  it("pages 25 schools at a time with the total", async () => {
    const db = await getDb();
    for (let i = 0; i < 30; i++) await school(db, { name: `School ${String(i).padStart(2, "0")}`, at: LEEDS });
    const first = await find({});
    expect(first.total).toBe(30);
    expect(first.totalPages).toBe(2);
    expect(first.schools).toHaveLength(25);
    const second = await find({ page: "2" });
    expect(names(second)).toEqual(["School 25", "School 26", "School 27", "School 28", "School 29"]);
    const beyond = await find({ page: "3" });
    expect(beyond.schools).toEqual([]);
    expect(beyond.total).toBe(30);
  });

  it("is for members of the provider (or support) only: another provider's id is NOT_FOUND", async () => {
    const db = await getDb();
    const mine = await createUser(db, { service: "placements", providerIds: [providerId] });
    const other = await createProvider(db, { placements: true });
    const caller = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, mine.id) }));
    await expect(caller.placements.find.schools({ providerId, filters: {} })).resolves.toMatchObject({ total: 0 });
    await expect(caller.placements.find.schools({ providerId: other.id, filters: {} })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const support = await createUser(db, { service: "placements", kind: "support" });
    const supportCaller = createCaller(await createInnerContext({ db, user: await sessionUserFor(db, support.id) }));
    await expect(supportCaller.placements.find.schools({ providerId: other.id, filters: {} })).resolves.toMatchObject({
      total: 0,
    });
  });

  it("remembers the filters per session and provider", async () => {
    const db = await getDb();
    const user = await createUser(db, { service: "placements", providerIds: [providerId] });
    const session = await db.session.create({
      data: {
        id: "s1",
        userId: user.id,
        service: "placements",
        csrfSecret: "x",
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    const caller = createCaller(
      await createInnerContext({ db, user: await sessionUserFor(db, user.id), sessionId: session.id }),
    );
    expect(await caller.placements.find.savedFilters({ providerId })).toBeNull();
    await caller.placements.find.saveFilters({ providerId, query: "phase=Primary&phase=Bogus&page=3&location=Leeds" });
    expect(await caller.placements.find.savedFilters({ providerId })).toBe("location=Leeds&phase=Primary");
    await caller.placements.find.saveFilters({ providerId, query: "" });
    expect(await caller.placements.find.savedFilters({ providerId })).toBeNull();
  });

  it("the page remembers a new search, and viewing the same search again neither writes nor locks", async () => {
    const db = await getDb();
    const user = await createUser(db, { service: "placements", providerIds: [providerId] });
    await db.session.create({
      data: {
        id: "s2",
        userId: user.id,
        service: "placements",
        csrfSecret: "x",
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    const sessionUser = await sessionUserFor(db, user.id);
    const search = async (dbOrTx: Db, phase: "Primary" | "Secondary") =>
      createCaller(await createInnerContext({ db: dbOrTx, user: sessionUser, sessionId: "s2" })).placements.find.search(
        {
          providerId,
          filters: { phase: [phase] },
        },
      );
    // A transaction is given an id only when it writes or locks a row.
    const transactionId = (tx: Db) =>
      tx.$queryRaw<[{ id: string | null }]>`SELECT pg_current_xact_id_if_assigned()::text AS id`.then(([r]) => r.id);

    const saved = async () =>
      createCaller(await createInnerContext({ db, user: sessionUser, sessionId: "s2" })).placements.find.savedFilters({
        providerId,
      });

    await search(db, "Primary");
    expect(await saved()).toBe("phase=Primary");
    const again = await db.$transaction(async (tx) => {
      await search(tx as unknown as Db, "Primary");
      return transactionId(tx as unknown as Db);
    });
    expect(again).toBeNull();
    const changed = await db.$transaction(async (tx) => {
      await search(tx as unknown as Db, "Secondary");
      return transactionId(tx as unknown as Db);
    });
    expect(changed).not.toBeNull();
    expect(await saved()).toBe("phase=Secondary");
  });
});
