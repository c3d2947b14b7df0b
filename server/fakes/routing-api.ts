/**
 * Fake routing API (the OSRM table service's shape):
 *
 *   GET /table/v1/{profile}/{lng,lat;lng,lat;...}?sources=0&annotations=duration
 *
 * 200 → { code: "Ok", durations: [[0, s1, s2, ...]] } — seconds from the first point (source 0) to every point,
 *       estimated from the straight-line distance: driving 25 mph, transit 12 mph + 10 minutes, walking 3 mph
 *       (null, no route, beyond 20 miles). Profiles: driving, transit, walking.
 * 400 → { code: "InvalidService" } for another profile, { code: "InvalidQuery" } for bad coordinates,
 *       { code: "TooBig" } for more than 100 points.
 *
 * Faults: failNext(status, count), setDelay(ms), setDown(true); also over HTTP via /_fake/* routes.
 */
import { createServer } from "node:http";
import express from "express";
import { closeServer, createFaults, listen, mountFaultRoutes } from "./http-util.ts";

export type StartRoutingApiOptions = { port?: number; host?: string; delayMs?: number };

export type FakeRoutingApi = {
  url: string;
  failNext(status?: number, count?: number): void;
  setDelay(ms: number): void;
  setDown(down: boolean): void;
  /** The profile and number of destinations of every table request, in order. */
  requests(): { profile: string; destinations: number }[];
  reset(): void;
  close(): Promise<void>;
};

const MAX_POINTS = 100;
const SPEEDS: Record<string, { mph: number; extraSeconds: number; maxMiles: number }> = {
  driving: { mph: 25, extraSeconds: 0, maxMiles: Infinity },
  transit: { mph: 12, extraSeconds: 600, maxMiles: Infinity },
  walking: { mph: 3, extraSeconds: 0, maxMiles: 20 },
};

function miles(a: [number, number], b: [number, number]) {
  const rad = (d: number) => (d * Math.PI) / 180;
  const [lng1, lat1] = a;
  const [lng2, lat2] = b;
  const h =
    Math.sin(rad(lat2 - lat1) / 2) ** 2 +
    Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lng2 - lng1) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}

export async function startRoutingApi(opts: StartRoutingApiOptions = {}): Promise<FakeRoutingApi> {
  const faults = createFaults(opts.delayMs ?? 0);
  const log: { profile: string; destinations: number }[] = [];
  const app = express();
  app.disable("x-powered-by");
  mountFaultRoutes(app, faults, () => (log.length = 0));
  app.get("/table/v1/:profile/:coordinates", async (req, res) => {
    const { profile, coordinates } = req.params;
    const points = coordinates.split(";").map((p) => p.split(",").map(Number) as [number, number]);
    log.push({ profile, destinations: points.length - 1 });
    const fail = await faults.take();
    if (fail) return res.status(fail).json({ code: "InternalError" });
    const speed = SPEEDS[profile];
    if (!speed) return res.status(400).json({ code: "InvalidService", message: "Service not found" });
    if (points.length > MAX_POINTS) return res.status(400).json({ code: "TooBig" });
    if (
      points.length < 2 ||
      points.some((p) => p.length !== 2 || p.some((n) => !Number.isFinite(n)) || Math.abs(p[1]) > 90)
    ) {
      return res.status(400).json({ code: "InvalidQuery", message: "Query string malformed" });
    }
    if (req.query.sources !== "0") return res.status(400).json({ code: "InvalidQuery", message: "sources=0 only" });
    const row = points.map((p) => {
      const m = miles(points[0], p);
      if (m > speed.maxMiles) return null;
      return m === 0 ? 0 : Math.round((m * 1.3 * 3600) / speed.mph + speed.extraSeconds);
    });
    return res.json({ code: "Ok", durations: [row] });
  });

  const server = createServer(app);
  const url = await listen(server, opts.port ?? 0, opts.host);
  return {
    url,
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
