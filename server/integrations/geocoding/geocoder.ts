/**
 * Geocoding behind one small interface: Find asks a Geocoder what a provider's location text means. The offline
 * gazetteer (built from GIAS) always answers; an HTTP geocoder, when configured, is asked first.
 */
import type { DbOrTx } from "../../db.ts";
import { lookUpPlace, type GeocodeOutcome } from "../../placements/gazetteer/gazetteer.service.ts";

export type { GeocodeOutcome };

export interface Geocoder {
  geocode(text: string): Promise<GeocodeOutcome>;
}

/** Looks the text up in the offline gazetteer (no network). */
export function offlineGeocoder(db: DbOrTx): Geocoder {
  return { geocode: (text) => lookUpPlace(db, text) };
}
