/**
 * Find with the network: the HTTP geocoder (and its fallback to the offline gazetteer) and travel times from the
 * routing service, against the local fakes of both (no mocks).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createProvider, createRegion } from "#tests/factories/index.ts";
import type { Db } from "#server/db.ts";
import { countStatements } from "#server/db-statements.ts";
import { startGeocoderApi, type FakeGeocoderApi } from "../../fakes/geocoder-api.ts";
import { startRoutingApi, type FakeRoutingApi } from "../../fakes/routing-api.ts";
import { geocoderFor } from "../../integrations/geocoding/configured.ts";
import { createHttpGeocoder, GeocoderUnavailableError } from "../../integrations/geocoding/http-geocoder.ts";
import { createRoutingClient, RoutingUnavailableError } from "../../integrations/routing/routing.client.ts";
import { academicYearFor } from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";
import { rebuildGazetteer } from "../gazetteer/gazetteer.service.ts";
import { FindFiltersSchema } from "./find.schema.ts";
import { findSchools } from "./find.service.ts";

const getDb = useTestDatabase();

let geocoderApi: FakeGeocoderApi;
let routingApi: FakeRoutingApi;
beforeAll(async () => {
  geocoderApi = await startGeocoderApi({
    places: [
      { name: "LS2 9JT", kind: "postcode", latitude: 53.8067, longitude: -1.555 },
      { name: "M14", kind: "outcode", latitude: 53.45, longitude: -2.22 },
      { name: "York", kind: "place", latitude: 53.959, longitude: -1.0815 },
    ],
  });
  routingApi = await startRoutingApi();
});
afterAll(async () => {
  await geocoderApi.close();
  await routingApi.close();
});
beforeEach(() => {
  geocoderApi.reset();
  routingApi.reset();
});

const http = () => ({ baseUrl: geocoderApi.url, apiKey: geocoderApi.apiKey });

describe("HTTP geocoder", () => {
  it("finds a postcode, a place and (for an unknown full postcode) its outward code", async () => {
    const client = createHttpGeocoder(http());
    expect(await client.lookUp("ls2 9jt")).toEqual({
      id: "geocoded",
      name: "LS2 9JT",
      latitude: 53.8067,
      longitude: -1.555,
    });
    expect(await client.lookUp("York")).toMatchObject({ name: "York", latitude: 53.959 });
    expect(await client.lookUp("M14 5RY")).toMatchObject({ name: "M14 5RY", latitude: 53.45, longitude: -2.22 });
    expect(geocoderApi.requests()).toEqual(["ls2 9jt", "York", "M14 5RY"]);
  });

  it("has no answer for an unknown place, and is unavailable on errors, a wrong key and timeouts", async () => {
    expect(await createHttpGeocoder(http()).lookUp("Atlantis")).toBeNull();
    geocoderApi.failNext(503);
    await expect(createHttpGeocoder(http()).lookUp("York")).rejects.toBeInstanceOf(GeocoderUnavailableError);
    await expect(createHttpGeocoder({ ...http(), apiKey: "wrong" }).lookUp("York")).rejects.toThrow(/REQUEST_DENIED/);
    const slow = await startGeocoderApi({ delayMs: 300 });
    try {
      const client = createHttpGeocoder({ baseUrl: slow.url, apiKey: slow.apiKey, timeoutMs: 50 });
      await expect(client.lookUp("York")).rejects.toThrow(/timed out/);
    } finally {
      await slow.close();
    }
  });
});

describe("Find's geocoder (HTTP first, then the offline gazetteer)", () => {
  let regionId: string;
  beforeEach(async () => {
    const db = await getDb();
    regionId = (await createRegion(db, { name: "Rest of England" })).id;
    await db.school.create({
      data: {
        name: "Leeds School",
        urn: "900001",
        regionId,
        placementsService: true,
        latitude: 53.8008,
        longitude: -1.5491,
        town: "Leeds",
        postcode: "LS8 4LH",
      },
    });
    await rebuildGazetteer(db);
  });

  it("uses the HTTP answer when there is one", async () => {
    const geocoder = geocoderFor(await getDb(), http());
    expect(await geocoder.geocode("LS2 9JT")).toMatchObject({ kind: "found", place: { name: "LS2 9JT" } });
  });

  it("falls back to the gazetteer when the API has no answer, fails or times out", async () => {
    const db = await getDb();
    // No answer: the gazetteer knows Leeds (its towns), and reports what neither knows.
    expect(await geocoderFor(db, http()).geocode("Leeds")).toMatchObject({ kind: "found", place: { name: "Leeds" } });
    expect(await geocoderFor(db, http()).geocode("Atlantis")).toEqual({ kind: "not_found" });
    geocoderApi.failNext(500);
    expect(await geocoderFor(db, http()).geocode("LS8 4LH")).toMatchObject({
      kind: "found",
      place: { name: "LS8 4LH" },
    });
    const slowApi = await startGeocoderApi({ delayMs: 300 });
    try {
      const slow = geocoderFor(db, { baseUrl: slowApi.url, apiKey: slowApi.apiKey, timeoutMs: 50 });
      expect(await slow.geocode("York")).toEqual({ kind: "not_found" });
      expect(await slow.geocode("Leeds")).toMatchObject({ kind: "found" });
    } finally {
      await slowApi.close();
    }
  });

  it("is the gazetteer alone when no geocoder is configured", async () => {
    const geocoder = geocoderFor(await getDb(), { baseUrl: undefined, apiKey: undefined } as never);
    expect(await geocoder.geocode("LS2 9JT")).toEqual({ kind: "not_found" });
    expect(geocoderApi.requests()).toEqual([]);
  });
});

describe("routing client", () => {
  const origin = { latitude: 53.8067, longitude: -1.555 };
  const near = { latitude: 53.8098, longitude: -1.5421 };
  const far = { latitude: 51.5074, longitude: -0.1278 };

  it("gives seconds per destination for each mode, null where there is no route", async () => {
    const client = createRoutingClient({ baseUrl: routingApi.url });
    const drive = await client.durations("drive", origin, [near, far]);
    const walk = await client.durations("walk", origin, [near, far]);
    expect(drive[0]).toBeGreaterThan(0);
    expect(drive[1]).toBeGreaterThan(drive[0]!);
    expect(walk[0]).toBeGreaterThan(drive[0]!);
    expect(walk[1]).toBeNull();
    expect(routingApi.requests()).toEqual([
      { profile: "driving", destinations: 2 },
      { profile: "walking", destinations: 2 },
    ]);
  });

  it("is unavailable on a server error or a timeout", async () => {
    routingApi.failNext(502);
    await expect(
      createRoutingClient({ baseUrl: routingApi.url }).durations("drive", origin, [near]),
    ).rejects.toBeInstanceOf(RoutingUnavailableError);
    // A slow service of its own, so the abandoned request cannot reach a later test's log.
    const slow = await startRoutingApi({ delayMs: 300 });
    try {
      await expect(
        createRoutingClient({ baseUrl: slow.url, timeoutMs: 50 }).durations("drive", origin, [near]),
      ).rejects.toThrow(/timed out/);
    } finally {
      await slow.close();
    }
  });
});

describe("travel times on Find", () => {
  let providerId: string;
  let ayId: string;
  beforeEach(async () => {
    const db = await getDb();
    const regionId = (await createRegion(db, { name: "Rest of England" })).id;
    providerId = (await createProvider(db, { placements: true })).id;
    ayId = (await academicYearFor(db, londonToday())).id;
    const schools: [string, number, number][] = [
      ["Bankside", 53.8098, -1.5421],
      ["Allerton", 53.8411, -1.5381],
      ["Harrogate", 53.9921, -1.5418],
    ];
    for (const [i, [name, latitude, longitude]] of schools.entries()) {
      await db.school.create({
        data: {
          name: `${name} School`,
          urn: String(910000 + i),
          regionId,
          placementsService: true,
          expressionOfInterestCompleted: true,
          latitude,
          longitude,
        },
      });
    }
    await db.school.create({
      data: {
        name: "No Coordinates School",
        urn: "919999",
        regionId,
        placementsService: true,
        expressionOfInterestCompleted: true,
      },
    });
  });

  const find = async (db: Db, day = londonToday(), routingUrl = routingApi.url, timeoutMs = 2000) =>
    findSchools(
      db,
      geocoderFor(db, http()),
      { providerId, academicYearId: ayId, pastYears: [], filters: FindFiltersSchema.parse({ location: "LS2 9JT" }) },
      { client: createRoutingClient({ baseUrl: routingUrl, timeoutMs }), day },
    );

  it("asks the routing service once per mode for the page, then answers from the cache for the day", async () => {
    const db = await getDb();
    const first = await find(db);
    expect(first.schools.map((s) => s.name)).toEqual(["Bankside School", "Allerton School", "Harrogate School"]);
    for (const s of first.schools) {
      expect(s.travelTimes).toEqual({
        drive: expect.any(Number),
        transit: expect.any(Number),
        walk: expect.any(Number),
      });
    }
    expect(first.schools[0].travelTimes!.drive!).toBeLessThan(first.schools[2].travelTimes!.drive!);
    expect(routingApi.requests()).toHaveLength(3);
    expect(await db.travelTime.count()).toBe(9);

    // The same search again: the page query reads the cache itself (no extra statement, no request).
    routingApi.reset();
    const { result: again, statements } = await countStatements(() => find(db));
    expect(again.schools.map((s) => s.travelTimes)).toEqual(first.schools.map((s) => s.travelTimes));
    expect(routingApi.requests()).toEqual([]);
    const { statements: withoutRouting } = await countStatements(() =>
      findSchools(db, geocoderFor(db, http()), {
        providerId,
        academicYearId: ayId,
        pastYears: [],
        filters: FindFiltersSchema.parse({ location: "LS2 9JT" }),
      }),
    );
    expect(statements).toBe(withoutRouting);

    // The next UK day asks again, and drops the old day's rows.
    const tomorrow = new Date(londonToday().getTime() + 86_400_000);
    await find(db, tomorrow);
    expect(routingApi.requests()).toHaveLength(3);
    expect(await db.travelTime.count({ where: { onDate: { lt: tomorrow } } })).toBe(0);
  });

  it("shows distances only when the routing service fails or is slow, and caches nothing then", async () => {
    const db = await getDb();
    routingApi.setDown(true);
    const down = await find(db);
    expect(down.schools).toHaveLength(3);
    expect(down.schools[0].distanceMiles).toBeGreaterThan(0);
    expect(down.schools.every((s) => Object.keys(s.travelTimes ?? {}).length === 0)).toBe(true);
    expect(await db.travelTime.count()).toBe(0);

    routingApi.reset();
    const slowApi = await startRoutingApi({ delayMs: 500 });
    const slow = await find(db, londonToday(), slowApi.url, 100).finally(() => slowApi.close());
    expect(slow.schools.every((s) => Object.keys(s.travelTimes ?? {}).length === 0)).toBe(true);

    // One mode failing leaves the others.
    routingApi.reset();
    routingApi.failNext(500, 1);
    const partial = await find(db);
    const modes = partial.schools.map((s) => Object.keys(s.travelTimes!).length);
    expect(modes).toEqual([2, 2, 2]);
    // The missing mode is asked for on the next search.
    routingApi.reset();
    const full = await find(db);
    expect(routingApi.requests()).toHaveLength(1);
    expect(full.schools.map((s) => Object.keys(s.travelTimes!).length)).toEqual([3, 3, 3]);
  });

  it("has no travel times without a location or without a routing service", async () => {
    const db = await getDb();
    const r = await findSchools(db, geocoderFor(db, http()), {
      providerId,
      academicYearId: ayId,
      pastYears: [],
      filters: FindFiltersSchema.parse({}),
    });
    expect(r.schools.map((s) => s.travelTimes)).toEqual([null, null, null, null]);
    const unreachable = await find(db, londonToday(), "http://127.0.0.1:9");
    expect(unreachable.schools.every((s) => Object.keys(s.travelTimes ?? {}).length === 0)).toBe(true);
  });
});
