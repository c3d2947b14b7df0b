/**
 * Fake geocoding API (the Google Geocoding API's shape, the subset the services use):
 *
 *   GET /maps/api/geocode/json?address=<text>&components=country:GB&key=<apiKey>
 *
 * 200 → { status: "OK", results: [{ formatted_address, address_components, geometry: { location: { lat, lng } },
 *        types, partial_match? }] } for a known postcode, outward code or place (one result each);
 *       { status: "ZERO_RESULTS", results: [] } for anything else;
 *       { status: "REQUEST_DENIED", results: [], error_message } (HTTP 200, as the real API) for a missing/wrong key.
 * A full postcode the fake does not know answers with its outward code when it knows that (partial_match: true).
 *
 * Faults: failNext(status, count), setDelay(ms), setDown(true); also over HTTP via /_fake/* routes.
 */
import { createServer } from "node:http";
import express from "express";
import { closeServer, createFaults, listen, mountFaultRoutes } from "./http-util.ts";

export type FakeGeocodedPlace = {
  /** What the place is looked up by: a postcode ("LS2 9JT"), an outward code ("LS2") or a place name ("York"). */
  name: string;
  kind: "postcode" | "outcode" | "place";
  latitude: number;
  longitude: number;
};

/**
 * Places the fake knows. The coordinates sit near the demo schools (prisma/seed-data/schools.ts), so a search from
 * them finds demo schools; none of these postcodes is a demo school's, so Find only resolves them through this API.
 */
export const DEMO_GEOCODED_PLACES: readonly FakeGeocodedPlace[] = [
  { name: "M14 5RY", kind: "postcode", latitude: 53.4731, longitude: -2.2489 },
  { name: "LS2 9JT", kind: "postcode", latitude: 53.8067, longitude: -1.555 },
  { name: "LS2", kind: "outcode", latitude: 53.8027, longitude: -1.5478 },
  { name: "B15 2TT", kind: "postcode", latitude: 52.4508, longitude: -1.9305 },
  { name: "NG7 2RD", kind: "postcode", latitude: 52.9387, longitude: -1.1957 },
  { name: "SW1A 1AA", kind: "postcode", latitude: 51.501, longitude: -0.1416 },
  { name: "SW1A", kind: "outcode", latitude: 51.5033, longitude: -0.1366 },
  { name: "York", kind: "place", latitude: 53.959, longitude: -1.0815 },
  { name: "Sheffield", kind: "place", latitude: 53.3811, longitude: -1.4701 },
];

export const DEFAULT_GEOCODER_API_KEY = "fake-geocoder-api-key";

export type StartGeocoderApiOptions = {
  port?: number;
  host?: string;
  apiKey?: string;
  places?: FakeGeocodedPlace[];
  delayMs?: number;
};

export type FakeGeocoderApi = {
  url: string;
  apiKey: string;
  failNext(status?: number, count?: number): void;
  setDelay(ms: number): void;
  setDown(down: boolean): void;
  /** The address texts asked for, in order. */
  requests(): string[];
  reset(): void;
  close(): Promise<void>;
};

const compact = (text: string) => text.replace(/\s+/g, "").toUpperCase();
const normalise = (text: string) =>
  text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/,?\s*(united kingdom|uk|england)$/i, "")
    .toLowerCase();

function result(place: FakeGeocodedPlace, partial: boolean) {
  const type = place.kind === "place" ? "locality" : place.kind === "outcode" ? "postal_code_prefix" : "postal_code";
  return {
    formatted_address: `${place.name}, UK`,
    address_components: [
      { long_name: place.name, short_name: place.name, types: [type] },
      { long_name: "United Kingdom", short_name: "GB", types: ["country", "political"] },
    ],
    geometry: { location: { lat: place.latitude, lng: place.longitude }, location_type: "APPROXIMATE" },
    types: [type],
    ...(partial ? { partial_match: true } : {}),
  };
}

export async function startGeocoderApi(opts: StartGeocoderApiOptions = {}): Promise<FakeGeocoderApi> {
  const apiKey = opts.apiKey ?? DEFAULT_GEOCODER_API_KEY;
  const places = opts.places ?? [...DEMO_GEOCODED_PLACES];
  const faults = createFaults(opts.delayMs ?? 0);
  const log: string[] = [];

  const find = (address: string) => {
    const key = compact(address);
    const exact = places.find((p) =>
      p.kind === "place" ? p.name.toLowerCase() === normalise(address) : compact(p.name) === key,
    );
    if (exact) return [result(exact, false)];
    const postcode = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/.exec(key);
    const outward = postcode && places.find((p) => p.kind === "outcode" && compact(p.name) === postcode[1]);
    return outward ? [result(outward, true)] : [];
  };

  const app = express();
  app.disable("x-powered-by");
  mountFaultRoutes(app, faults, () => (log.length = 0));
  app.get("/maps/api/geocode/json", async (req, res) => {
    const address = typeof req.query.address === "string" ? req.query.address : "";
    log.push(address);
    const fail = await faults.take();
    if (fail) return res.status(fail).json({ status: "UNKNOWN_ERROR", results: [] });
    if (req.query.key !== apiKey) {
      return res.json({ status: "REQUEST_DENIED", results: [], error_message: "The provided API key is invalid." });
    }
    if (!address.trim()) return res.json({ status: "INVALID_REQUEST", results: [] });
    const results = find(address);
    return res.json({ status: results.length ? "OK" : "ZERO_RESULTS", results });
  });

  const server = createServer(app);
  const url = await listen(server, opts.port ?? 0, opts.host);
  return {
    url,
    apiKey,
    failNext: (status = 500, count = 1) => faults.failNext(count, status),
    setDelay: (ms) => faults.setDelay(ms),
    setDown: (down) => faults.setDown(down),
    requests: () => [...log],
    reset: () => {
      faults.reset();
      log.length = 0;
    },
    close: () => closeServer(server),
  };
}
