/**
 * HTTP client for a routing service's table (matrix) endpoint, OSRM's shape:
 *
 *   GET {baseUrl}/table/v1/{profile}/{lng,lat;lng,lat;...}?sources=0&annotations=duration
 *
 * One request per mode gives the travel time from the origin to every destination: seconds, or null where the
 * service has no route. Anything else (HTTP error, a code other than "Ok", bad JSON, network failure, timeout) →
 * RoutingUnavailableError; the caller then shows distances only.
 */
export const TRAVEL_MODES = ["drive", "transit", "walk"] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** The routing service's profile for each mode. */
export const ROUTING_PROFILES: Record<TravelMode, string> = { drive: "driving", transit: "transit", walk: "walking" };

export const DEFAULT_ROUTING_TIMEOUT_MS = 2000;
/** Destinations per request (the service's table limit is 100 points, the origin included). */
export const MAX_DESTINATIONS = 99;

export type Point = { latitude: number; longitude: number };

export class RoutingUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RoutingUnavailableError";
  }
}

export interface RoutingClient {
  durations(mode: TravelMode, origin: Point, destinations: Point[]): Promise<(number | null)[]>;
}

export type RoutingClientOptions = { baseUrl: string; timeoutMs?: number; fetch?: typeof fetch };

const coordinate = (p: Point) => `${p.longitude.toFixed(6)},${p.latitude.toFixed(6)}`;

export function createRoutingClient(opts: RoutingClientOptions): RoutingClient {
  const doFetch = opts.fetch ?? fetch;
  return {
    async durations(mode, origin, destinations) {
      if (destinations.length === 0) return [];
      if (destinations.length > MAX_DESTINATIONS) throw new Error(`at most ${MAX_DESTINATIONS} destinations`);
      const points = [origin, ...destinations];
      if (points.some((p) => !Number.isFinite(p.latitude) || !Number.isFinite(p.longitude)))
        throw new Error("invalid coordinates");
      const url = new URL(`/table/v1/${ROUTING_PROFILES[mode]}/${points.map(coordinate).join(";")}`, opts.baseUrl);
      url.searchParams.set("sources", "0");
      url.searchParams.set("annotations", "duration");
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: { Accept: "application/json" },
          signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_ROUTING_TIMEOUT_MS),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "request failed";
        throw new RoutingUnavailableError(`Routing ${reason}`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new RoutingUnavailableError(`Routing answered ${response.status}`);
      }
      let body: { code?: unknown; durations?: unknown };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new RoutingUnavailableError("Routing sent invalid JSON");
      }
      const row = Array.isArray(body.durations) ? (body.durations[0] as unknown) : undefined;
      if (body.code !== "Ok" || !Array.isArray(row) || row.length !== points.length) {
        throw new RoutingUnavailableError(`Routing sent an unexpected response (${String(body.code)})`);
      }
      return row.slice(1).map((s) => (typeof s === "number" && Number.isFinite(s) && s >= 0 ? Math.round(s) : null));
    },
  };
}
