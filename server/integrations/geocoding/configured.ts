import type { DbOrTx } from "../../db.ts";
import { env } from "../../env.ts";
import { logger } from "../../logger.ts";
import { offlineGeocoder, type Geocoder } from "./geocoder.ts";
import { createHttpGeocoder, type HttpGeocoderOptions } from "./http-geocoder.ts";

/**
 * The geocoder Find uses: the HTTP geocoder first when GEOCODER_URL and GEOCODER_API_KEY are set, else (and whenever
 * it has no single answer, fails or times out) the offline gazetteer, so Find keeps working without the network.
 */
export function geocoderFor(db: DbOrTx, http?: Partial<HttpGeocoderOptions>): Geocoder {
  const offline = offlineGeocoder(db);
  const baseUrl = http?.baseUrl ?? env().GEOCODER_URL;
  const apiKey = http?.apiKey ?? env().GEOCODER_API_KEY;
  if (!baseUrl || !apiKey) return offline;
  const client = createHttpGeocoder({ ...http, baseUrl, apiKey });
  return {
    async geocode(text) {
      try {
        const place = await client.lookUp(text);
        if (place) return { kind: "found", place };
      } catch (error) {
        logger.warn({ err: (error as Error).message }, "geocoder unavailable: using the offline gazetteer");
      }
      return offline.geocode(text);
    },
  };
}
