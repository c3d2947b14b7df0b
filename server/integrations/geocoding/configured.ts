import type { DbOrTx } from "../../db.ts";
import { offlineGeocoder, type Geocoder } from "./geocoder.ts";

/** The geocoder Find uses: the offline gazetteer. */
export function geocoderFor(db: DbOrTx): Geocoder {
  return offlineGeocoder(db);
}
