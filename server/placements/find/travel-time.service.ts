/**
 * Travel times on Find (by car, by public transport, walking) from the searched place to each school on the page.
 *
 * Cached for a UK day in `travel_times`, keyed by origin, destination (ten-thousandths of a degree), mode and date, so
 * every process shares it. The page's query reads the cached times of its rows itself (`cachedTravelTimesColumn`,
 * no extra statement); what is missing is asked of the routing service (one request per mode for the whole page)
 * and written back in one statement, which also drops earlier days. A mode the service cannot answer (down, slow,
 * an error) is left out and not cached: the page shows what it has, distances at least.
 */
import { Prisma } from "../../../prisma/generated/client.ts";
import type { DbOrTx } from "../../db.ts";
import { env } from "../../env.ts";
import { logger } from "../../logger.ts";
import {
  createRoutingClient,
  MAX_DESTINATIONS,
  TRAVEL_MODES,
  type Point,
  type RoutingClient,
  type TravelMode,
} from "../../integrations/routing/routing.client.ts";

/** Seconds by mode; a mode is absent when unknown, null when there is no route. */
export type TravelTimes = Partial<Record<TravelMode, number | null>>;

const grid = (degrees: number) => Math.round(degrees * 10_000);

/** The routing client configured from the environment (ROUTING_URL), or null: Find then shows distances only. */
export function routingClientFromEnv(): RoutingClient | null {
  const baseUrl = env().ROUTING_URL;
  return baseUrl ? createRoutingClient({ baseUrl }) : null;
}

/** A column of the page query: the cached times (JSON object mode → seconds) of row `alias` from `origin` on `day`. */
export function cachedTravelTimesColumn(origin: Point, day: Date, alias = "s") {
  const row = Prisma.raw(alias);
  return Prisma.sql`(SELECT json_object_agg(t.mode, t.seconds) FROM travel_times t
    WHERE t.origin_lat = ${grid(origin.latitude)}::int AND t.origin_lng = ${grid(origin.longitude)}::int
      AND t.destination_lat = round(${row}.latitude * 10000)::int
      AND t.destination_lng = round(${row}.longitude * 10000)::int
      AND t.on_date = ${day}::date)`;
}

type Destination = { id: string; latitude: number | null; longitude: number | null; cached: TravelTimes | null };

/**
 * The times for every destination: the cached ones, the rest from the routing service (then cached). Destinations
 * without coordinates get none.
 */
export async function completeTravelTimes(
  db: DbOrTx,
  client: RoutingClient,
  origin: Point,
  day: Date,
  destinations: Destination[],
): Promise<Map<string, TravelTimes>> {
  const times = new Map<string, TravelTimes>(destinations.map((d) => [d.id, { ...(d.cached ?? {}) }]));
  const located = destinations.filter((d): d is Destination & Point => d.latitude !== null && d.longitude !== null);
  const fresh: { lat: number; lng: number; mode: TravelMode; seconds: number | null }[] = [];
  await Promise.all(
    TRAVEL_MODES.map(async (mode) => {
      // One request per mode for the distinct grid points still missing it.
      const missing = new Map<string, Point & { ids: string[] }>();
      for (const d of located) {
        if (times.get(d.id)![mode] !== undefined) continue;
        const key = `${grid(d.latitude)},${grid(d.longitude)}`;
        const entry = missing.get(key) ?? { latitude: d.latitude, longitude: d.longitude, ids: [] };
        entry.ids.push(d.id);
        missing.set(key, entry);
      }
      const points = [...missing.values()].slice(0, MAX_DESTINATIONS);
      if (points.length === 0) return;
      try {
        const seconds = await client.durations(mode, origin, points);
        points.forEach((p, i) => {
          for (const id of p.ids) times.get(id)![mode] = seconds[i];
          fresh.push({ lat: grid(p.latitude), lng: grid(p.longitude), mode, seconds: seconds[i] });
        });
      } catch (error) {
        logger.warn({ mode, err: (error as Error).message }, "routing unavailable: travel times left out");
      }
    }),
  );
  if (fresh.length) await cacheTravelTimes(db, origin, day, fresh);
  return times;
}

/** Stores the new times (another process may have stored them first) and drops earlier days, in one statement. */
async function cacheTravelTimes(
  db: DbOrTx,
  origin: Point,
  day: Date,
  rows: { lat: number; lng: number; mode: TravelMode; seconds: number | null }[],
) {
  await db.$executeRaw`
    WITH expired AS (DELETE FROM travel_times WHERE on_date < ${day}::date)
    INSERT INTO travel_times (origin_lat, origin_lng, destination_lat, destination_lng, mode, on_date, seconds)
    SELECT ${grid(origin.latitude)}::int, ${grid(origin.longitude)}::int, r.lat, r.lng, r.mode, ${day}::date, r.seconds
    FROM unnest(${rows.map((r) => r.lat)}::int[], ${rows.map((r) => r.lng)}::int[], ${rows.map((r) => r.mode)}::text[],
                ${rows.map((r) => r.seconds)}::int[]) AS r(lat, lng, mode, seconds)
    ON CONFLICT DO NOTHING`;
}
