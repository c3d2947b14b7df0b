/**
 * The offline gazetteer behind Find's location search: places built from the schools' own GIAS data (postcode,
 * outward code, town, locality), each at the centre of its schools, so location search needs no external service.
 */
import type { DbOrTx } from "../../db.ts";

export type Place = { id: string; name: string; latitude: number; longitude: number };

export type GeocodeOutcome =
  { kind: "found"; place: Place } | { kind: "ambiguous"; options: Place[] } | { kind: "not_found" };

/** Miles between two places with the same name below which they are one place (a town spread over boroughs). */
const SAME_PLACE_MILES = 25;
const MAX_OPTIONS = 10;

/** Rough miles between two points: enough to tell "one town" from "two towns with the same name". */
const approxMiles = (lat1: string, lng1: string, lat2: string, lng2: string) =>
  `sqrt(power((${lat1} - ${lat2}) * 69.0, 2) + power((${lng1} - ${lng2}) * 69.0 * cos(radians(${lat1})), 2))`;

/**
 * Named places (towns or localities) from one school column: grouped by the normalised name and the local authority;
 * a name whose groups all lie within SAME_PLACE_MILES of their common centre becomes one place, otherwise one place
 * per local authority ("Newport, Isle of Wight" and "Newport, Shropshire").
 */
function namedPlacesSql(kind: "town" | "locality", column: string) {
  return `
    WITH src AS (
      SELECT lower(regexp_replace(btrim(${column}), '\\s+', ' ', 'g')) AS key, btrim(${column}) AS name,
             coalesce(local_authority_name, '') AS area, latitude, longitude
      FROM schools
      WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND ${column} IS NOT NULL AND btrim(${column}) <> ''
        AND ${column} !~ '^[0-9]'),
    g AS (
      SELECT key, area, min(name) AS name, avg(latitude) AS lat, avg(longitude) AS lng, count(*)::int AS n
      FROM src GROUP BY key, area),
    k AS (
      SELECT key, min(name) AS name, sum(lat * n) / sum(n) AS lat, sum(lng * n) / sum(n) AS lng, sum(n)::int AS n
      FROM g GROUP BY key),
    spread AS (
      SELECT g.key, max(${approxMiles("g.lat", "g.lng", "k.lat", "k.lng")}) AS miles
      FROM g JOIN k USING (key) GROUP BY g.key)
    INSERT INTO gazetteer_places (kind, key, name, area, latitude, longitude, school_count)
    SELECT '${kind}', k.key, k.name, '', k.lat, k.lng, k.n
    FROM k JOIN spread USING (key) WHERE spread.miles <= ${SAME_PLACE_MILES}
    UNION ALL
    SELECT '${kind}', g.key, g.name, g.area, g.lat, g.lng, g.n
    FROM g JOIN spread USING (key) WHERE spread.miles > ${SAME_PLACE_MILES}`;
}

/** UK postcode: outward code (area, district) then the inward code (sector digit + unit). */
const POSTCODE_SQL = `'^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$'`;

/**
 * Rebuilds the gazetteer from the schools table (inside the import's transaction: readers see the old or the new
 * gazetteer, never a half-built one).
 */
export async function rebuildGazetteer(db: DbOrTx): Promise<{ places: number }> {
  await db.$executeRawUnsafe(`DELETE FROM gazetteer_places`);
  const compact = `upper(replace(postcode, ' ', ''))`;
  await db.$executeRawUnsafe(`
    WITH src AS (
      SELECT ${compact} AS key, latitude, longitude FROM schools
      WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND postcode IS NOT NULL AND ${compact} ~ ${POSTCODE_SQL})
    INSERT INTO gazetteer_places (kind, key, name, area, latitude, longitude, school_count)
    SELECT 'postcode', key, left(key, length(key) - 3) || ' ' || right(key, 3), '', avg(latitude), avg(longitude),
           count(*)::int
    FROM src GROUP BY key`);
  await db.$executeRawUnsafe(`
    INSERT INTO gazetteer_places (kind, key, name, area, latitude, longitude, school_count)
    SELECT 'outcode', left(key, length(key) - 3), left(key, length(key) - 3), '',
           sum(latitude * school_count) / sum(school_count), sum(longitude * school_count) / sum(school_count),
           sum(school_count)::int
    FROM gazetteer_places WHERE kind = 'postcode' GROUP BY left(key, length(key) - 3)`);
  await db.$executeRawUnsafe(namedPlacesSql("town", "town"));
  await db.$executeRawUnsafe(namedPlacesSql("locality", "address2"));
  const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM gazetteer_places`);
  return { places: n };
}

const FULL_POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const OUTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

/** Lower case, single spaces, without a trailing ", England" / ", United Kingdom". */
export function normalisePlaceText(text: string) {
  return text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/,?\s*(united kingdom|uk|england)$/i, "")
    .toLowerCase();
}

type Row = { id: string; kind: string; key: string; name: string; area: string; latitude: number; longitude: number };

const label = (r: Row) => (r.area ? `${r.name}, ${r.area}` : r.name);
const toPlace = (r: Row): Place => ({ id: r.id, name: label(r), latitude: r.latitude, longitude: r.longitude });

/**
 * Resolves what a provider typed: a full postcode (or, when no school has that exact postcode, its outward code),
 * an outward code, a town or locality, or a school's name. One match → found; several → "which did you mean".
 */
export async function lookUpPlace(db: DbOrTx, text: string): Promise<GeocodeOutcome> {
  const normalised = normalisePlaceText(text);
  if (!normalised) return { kind: "not_found" };
  const compact = normalised.replace(/ /g, "").toUpperCase();
  const postcode = FULL_POSTCODE.exec(compact);
  if (postcode) {
    // The postcode and its outward code in one round trip.
    const rows = await db.$queryRawUnsafe<Row[]>(
      `SELECT id::text, kind, key, name, area, latitude, longitude FROM gazetteer_places
       WHERE (kind = 'postcode' AND key = $1) OR (kind = 'outcode' AND key = $2)
       ORDER BY kind = 'postcode' DESC, school_count DESC, area LIMIT 1`,
      compact,
      postcode[1],
    );
    const [row] = rows;
    if (row?.kind === "postcode") return { kind: "found", place: toPlace(row) };
    // A real postcode no school has: its district is the nearest thing we know, named as the provider typed it.
    if (row) return { kind: "found", place: { ...toPlace(row), name: `${postcode[1]} ${postcode[2]}` } };
    return { kind: "not_found" };
  }
  if (OUTCODE.test(compact)) {
    const outward = await placesWithKey(db, ["outcode"], compact);
    if (outward.length) return { kind: "found", place: toPlace(outward[0]) };
  }
  // Towns/localities with that name and schools whose name it is, in one round trip.
  const rows = await db.$queryRawUnsafe<(Row & { part: number })[]>(
    `SELECT * FROM (
       (SELECT id::text, kind, key, name, area, latitude, longitude, 0 AS part,
               row_number() OVER (ORDER BY school_count DESC, area) AS ord
        FROM gazetteer_places WHERE key = $1 AND kind IN ('town', 'locality')
        ORDER BY school_count DESC, area LIMIT ${MAX_OPTIONS * 2})
       UNION ALL
       (SELECT 's:' || id, 'school', lower(name), name, coalesce(town, ''), latitude, longitude, 1,
               row_number() OVER (ORDER BY name, town)
        FROM schools WHERE lower(name) = $1 AND latitude IS NOT NULL AND longitude IS NOT NULL
        ORDER BY name, town LIMIT ${MAX_OPTIONS})
     ) found ORDER BY part, ord`,
    normalised,
  );
  const named = dedupeNamed(rows.filter((r) => r.part === 0));
  const schools = rows.filter((r) => r.part === 1);
  const candidates = [...named.map(toPlace), ...schools.map(toPlace)];
  if (candidates.length === 1) return { kind: "found", place: candidates[0] };
  if (candidates.length > 1) return { kind: "ambiguous", options: candidates.slice(0, MAX_OPTIONS) };
  const similar = await similarPlaces(db, normalised);
  return similar.length ? { kind: "ambiguous", options: similar } : { kind: "not_found" };
}

/** A choice from "which did you mean": a gazetteer place id, or `s:<school id>` for a school. */
export async function placeById(db: DbOrTx, id: string): Promise<Place | null> {
  const uuid = /^(s:)?([0-9a-f-]{36})$/i.exec(id);
  if (!uuid) return null;
  const rows = uuid[1]
    ? await db.$queryRawUnsafe<Row[]>(
        `SELECT 's:' || id AS id, 'school' AS kind, '' AS key, name, coalesce(town, '') AS area, latitude, longitude
         FROM schools WHERE id = $1::uuid AND latitude IS NOT NULL AND longitude IS NOT NULL`,
        uuid[2],
      )
    : await db.$queryRawUnsafe<Row[]>(
        `SELECT id::text, kind, key, name, area, latitude, longitude FROM gazetteer_places WHERE id = $1::uuid`,
        uuid[2],
      );
  return rows.length ? toPlace(rows[0]) : null;
}

/** The text as a literal LIKE pattern (the trigram indexes on school names serve ILIKE). */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function placesWithKey(db: DbOrTx, kinds: string[], key: string) {
  return db.$queryRawUnsafe<Row[]>(
    `SELECT id::text, kind, key, name, area, latitude, longitude FROM gazetteer_places
     WHERE key = $1 AND kind = ANY($2::text[]) ORDER BY school_count DESC, area LIMIT ${MAX_OPTIONS * 2}`,
    key,
    kinds,
  );
}

/** A town and a locality of the same name in the same place are one choice (the town). */
function dedupeNamed(rows: Row[]): Row[] {
  const kept: Row[] = [];
  for (const r of [...rows].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "town" ? -1 : 1))) {
    const near = kept.some(
      (k) => Math.hypot((k.latitude - r.latitude) * 69, (k.longitude - r.longitude) * 69 * 0.6) < SAME_PLACE_MILES,
    );
    if (!near) kept.push(r);
  }
  return kept;
}

/** Places and schools whose name starts with the text, for "which did you mean" when nothing matches exactly. */
async function similarPlaces(db: DbOrTx, normalised: string): Promise<Place[]> {
  if (normalised.length < 3) return [];
  const prefix = `${escapeLike(normalised)}%`;
  const rows = await db.$queryRawUnsafe<Row[]>(
    `(SELECT id::text, kind, key, name, area, latitude, longitude FROM gazetteer_places
      WHERE kind IN ('town', 'locality') AND key LIKE $1 ORDER BY school_count DESC LIMIT ${MAX_OPTIONS})
     UNION ALL
     (SELECT 's:' || id, 'school', lower(name), name, coalesce(town, ''), latitude, longitude FROM schools
      WHERE name ILIKE $1 AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name LIMIT ${MAX_OPTIONS})`,
    prefix,
  );
  return dedupeNamed(rows.filter((r) => r.kind !== "school"))
    .concat(rows.filter((r) => r.kind === "school"))
    .slice(0, MAX_OPTIONS)
    .map(toPlace);
}
