/**
 * HTTP geocoder: asks a geocoding API (the Google Geocoding API's request and response shape) what a provider's
 * location text means.
 *
 *   GET {baseUrl}/maps/api/geocode/json?address=<text>&components=country:GB&region=uk&key={apiKey}
 *
 * One result (a postcode, outward code or place) → that point. No result, or several (the API is not sure) → null:
 * the caller then asks the offline gazetteer, which offers "which did you mean" or says it knows no such place.
 * Anything else (HTTP error, REQUEST_DENIED, OVER_QUERY_LIMIT, bad JSON, network failure, timeout) →
 * GeocoderUnavailableError.
 */
import type { Place } from "../../placements/gazetteer/gazetteer.service.ts";

export const DEFAULT_GEOCODER_TIMEOUT_MS = 2000;

export class GeocoderUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GeocoderUnavailableError";
  }
}

export type HttpGeocoderOptions = { baseUrl: string; apiKey: string; timeoutMs?: number; fetch?: typeof fetch };

export interface HttpGeocoder {
  /** The one place the text names, or null when the API has no single answer. */
  lookUp(text: string): Promise<Place | null>;
}

const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

type ApiResult = {
  formatted_address?: unknown;
  address_components?: { long_name?: unknown }[];
  geometry?: { location?: { lat?: unknown; lng?: unknown } };
};

/** How the place reads on the page: a postcode as typed (tidied), else the API's name for it. */
function placeName(text: string, result: ApiResult) {
  const compact = text.replace(/\s+/g, "").toUpperCase();
  const postcode = FULL_POSTCODE.exec(compact);
  if (postcode) return `${postcode[1]} ${postcode[2]}`;
  const first = result.address_components?.[0]?.long_name;
  return typeof first === "string" && first.trim() ? first.trim() : text.trim();
}

export function createHttpGeocoder(opts: HttpGeocoderOptions): HttpGeocoder {
  const doFetch = opts.fetch ?? fetch;
  return {
    async lookUp(text) {
      const url = new URL("/maps/api/geocode/json", opts.baseUrl);
      url.searchParams.set("address", text.trim());
      url.searchParams.set("components", "country:GB");
      url.searchParams.set("region", "uk");
      url.searchParams.set("key", opts.apiKey);
      let response: Response;
      try {
        response = await doFetch(url, {
          headers: { Accept: "application/json" },
          signal: AbortSignal.timeout(opts.timeoutMs ?? DEFAULT_GEOCODER_TIMEOUT_MS),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "request failed";
        throw new GeocoderUnavailableError(`Geocoder ${reason}`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new GeocoderUnavailableError(`Geocoder answered ${response.status}`);
      }
      let body: { status?: unknown; results?: unknown };
      try {
        body = (await response.json()) as typeof body;
      } catch {
        throw new GeocoderUnavailableError("Geocoder sent invalid JSON");
      }
      if (body.status === "ZERO_RESULTS") return null;
      if (body.status !== "OK" || !Array.isArray(body.results)) {
        throw new GeocoderUnavailableError(`Geocoder status ${String(body.status)}`);
      }
      if (body.results.length !== 1) return null;
      const result = body.results[0] as ApiResult;
      const lat = result.geometry?.location?.lat;
      const lng = result.geometry?.location?.lng;
      if (typeof lat !== "number" || typeof lng !== "number" || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        throw new GeocoderUnavailableError("Geocoder sent an unexpected response");
      }
      return { id: "geocoded", name: placeName(text, result), latitude: lat, longitude: lng };
    },
  };
}
