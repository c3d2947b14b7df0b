/**
 * Find schools hosting placements: the provider's search over schools onboarded to placements, for the selected
 * academic year. Only published placements count anywhere (a draft is invisible to providers).
 *
 * Location: within RADIUS_MILES, nearest first. The latitude/longitude index narrows the schools to a bounding box
 * around the point before the exact (haversine) distance is computed for what is left.
 */
import type { Db, DbOrTx } from "../../db.ts";
import { Prisma } from "../../../prisma/generated/client.ts";
import { likePattern } from "../../shared/organisation/organisation-search.service.ts";
import { placeById, type GeocodeOutcome, type Place } from "../gazetteer/gazetteer.service.ts";
import { FIND_PAGE_SIZE, NO_RECENT_PLACEMENTS, RADIUS_MILES, type FindFilters } from "./find.schema.ts";
import type { Geocoder } from "../../integrations/geocoding/geocoder.ts";
import type { RoutingClient } from "../../integrations/routing/routing.client.ts";
import { cachedTravelTimesColumn, completeTravelTimes, type TravelTimes } from "./travel-time.service.ts";
import {
  findOptionsSql,
  PAST_YEARS_OFFERED,
  rememberFiltersSql,
  type FindOptions,
  type RememberFilters,
} from "./find-options.service.ts";

const EARTH_RADIUS_MILES = 3958.8;
const MILES_PER_DEGREE_LATITUDE = 69.0;

export type SchoolTag = "available" | "filled" | "interested" | "not_open" | "unknown";

export type FoundSchool = {
  id: string;
  name: string;
  town: string | null;
  postcode: string | null;
  phase: string | null;
  distanceMiles: number | null;
  tag: SchoolTag;
  latitude: number | null;
  longitude: number | null;
  /** From the searched place, when a routing service is configured (seconds by mode). */
  travelTimes: TravelTimes | null;
};

export type FindResult = {
  location:
    | { kind: "none" }
    | { kind: "found"; place: Place }
    | { kind: "ambiguous"; options: Place[] }
    | { kind: "not_found" };
  schools: FoundSchool[];
  total: number;
  page: number;
  totalPages: number;
};

/** Published placements of the school in the academic year (`ay` is the SQL for its id). */
const publishedIn = (ay: Prisma.Sql, extra: Prisma.Sql = Prisma.empty) => Prisma.sql`
  EXISTS (SELECT 1 FROM placements p WHERE p.school_id = s.id AND p.status = 'published'
          AND p.academic_year_id = ${ay} ${extra})`;

function filterSql(providerId: string, academicYearId: string, f: FindFilters): Prisma.Sql[] {
  const ay = Prisma.sql`${academicYearId}::uuid`;
  const where: Prisma.Sql[] = [Prisma.sql`s.placements_service`];
  if (f.show !== "all") {
    // Active schools: the expression of interest is done, or the school told us its interest for this year.
    where.push(Prisma.sql`(s.expression_of_interest_completed OR EXISTS (
      SELECT 1 FROM hosting_interests hi WHERE hi.school_id = s.id AND hi.academic_year_id = ${ay}))`);
  }
  if (f.search) {
    const p = likePattern(f.search);
    where.push(Prisma.sql`(s.name ILIKE ${p} OR s.urn = ${f.search.trim()})`);
  }
  if (f.partner) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM partnerships pa WHERE pa.school_id = s.id AND pa.provider_id = ${providerId}::uuid)`,
    );
  }
  if (f.phase.length) where.push(Prisma.sql`s.phase IN (${Prisma.join(f.phase)})`);
  if (f.itt.length) {
    const appetite = (a: string) => Prisma.sql`EXISTS (SELECT 1 FROM hosting_interests hi
      WHERE hi.school_id = s.id AND hi.academic_year_id = ${ay} AND hi.appetite = ${a}::appetite)`;
    const unfilled = publishedIn(ay, Prisma.sql`AND p.provider_id IS NULL`);
    const any = [
      f.itt.includes("interested") ? appetite("interested") : null,
      f.itt.includes("not_open") ? appetite("not_open") : null,
      f.itt.includes("unfilled") ? unfilled : null,
      // Filled: placements this year, every one of them assigned to a provider.
      f.itt.includes("filled") ? Prisma.sql`(${publishedIn(ay)} AND NOT ${unfilled})` : null,
    ].filter((x): x is Prisma.Sql => x !== null);
    where.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  if (f.send) where.push(publishedIn(ay, Prisma.sql`AND p.send_specific`));
  if (f.lastOffered.length) {
    // Years are the recent ones (`past_years`); a chosen year that is not one of them is ignored, and the filter
    // with it when no chosen year is.
    const placedIn = (years: Prisma.Sql) => Prisma.sql`EXISTS (SELECT 1 FROM placements p WHERE p.school_id = s.id
      AND p.status = 'published' AND p.academic_year_id IN (${years}))`;
    const ids = f.lastOffered.filter((v) => v !== NO_RECENT_PLACEMENTS);
    const chosen = ids.length
      ? Prisma.sql`SELECT py.id FROM past_years py WHERE py.id IN (${Prisma.join(ids.map((y) => Prisma.sql`${y}::uuid`))})`
      : null;
    const any: Prisma.Sql[] = [];
    if (chosen) any.push(placedIn(chosen));
    if (f.lastOffered.includes(NO_RECENT_PLACEMENTS))
      any.push(Prisma.sql`NOT ${placedIn(Prisma.sql`SELECT id FROM past_years`)}`);
    else if (chosen) any.push(Prisma.sql`NOT EXISTS (${chosen})`);
    where.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  if (f.yearGroup.length) {
    where.push(
      publishedIn(
        ay,
        Prisma.sql`AND p.year_group IN (${Prisma.join(f.yearGroup.map((y) => Prisma.sql`${y}::placement_year_group`))})`,
      ),
    );
  }
  if (f.subject.length) {
    const ids = Prisma.join(f.subject.map((id) => Prisma.sql`${id}::uuid`));
    where.push(
      publishedIn(
        ay,
        Prisma.sql`AND (p.subject_id IN (${ids}) OR EXISTS (
          SELECT 1 FROM placement_additional_subjects pas WHERE pas.placement_id = p.id AND pas.subject_id IN (${ids})))`,
      ),
    );
  }
  return where;
}

/** Exact great-circle distance in miles from the point to the row `alias` (schools `s` here; providers elsewhere). */
export function distanceSql(place: Place, alias = "s") {
  const row = Prisma.raw(alias);
  return Prisma.sql`(${2 * EARTH_RADIUS_MILES} * asin(sqrt(
    power(sin(radians(${row}.latitude - ${place.latitude}::float8) / 2), 2) +
    cos(radians(${place.latitude}::float8)) * cos(radians(${row}.latitude)) *
    power(sin(radians(${row}.longitude - ${place.longitude}::float8) / 2), 2))))`;
}

/** Latitude/longitude limits that contain every point within `miles` of the place (served by the index). */
export function boundingBox(place: Place, miles: number) {
  const dLat = miles / MILES_PER_DEGREE_LATITUDE;
  // Longitude degrees shrink towards the poles; use the latitude nearest the pole within the box.
  const poleward = Math.min(89, Math.abs(place.latitude) + dLat);
  const dLng = miles / (MILES_PER_DEGREE_LATITUDE * Math.cos((poleward * Math.PI) / 180));
  return {
    minLat: place.latitude - dLat,
    maxLat: place.latitude + dLat,
    minLng: place.longitude - dLng,
    maxLng: place.longitude + dLng,
  };
}

async function resolveLocation(db: DbOrTx, geocoder: Geocoder, f: FindFilters): Promise<FindResult["location"]> {
  if (f.place) {
    const place = await placeById(db, f.place);
    if (place) return { kind: "found", place };
  }
  if (!f.location) return { kind: "none" };
  const outcome: GeocodeOutcome = await geocoder.geocode(f.location);
  return outcome;
}

type FindQueryInput = {
  providerId: string;
  academicYearId: string;
  /**
   * The years "last offered placements" offers: the PAST_YEARS_OFFERED academic years before the current one starts
   * (read by the statement itself), or given ids.
   */
  pastYears: { before: Date } | string[];
  filters: FindFilters;
};

/** What the page's statement also does: read the filter options, remember the search. */
type FindExtras = { options?: boolean; remember?: RememberFilters | null };

/** The CTEs of the page's statement: `past_years` (id, name, ord), then the extras. */
function withSql(input: FindQueryInput, extras: FindExtras) {
  const past = input.pastYears;
  const ctes = [
    Array.isArray(past)
      ? Prisma.sql`past_years AS (SELECT t.id, NULL::text AS name, t.ord
          FROM unnest(${past}::uuid[]) WITH ORDINALITY AS t(id, ord))`
      : Prisma.sql`past_years AS (SELECT ay.id, ay.name, row_number() OVER (ORDER BY ay.starts_on DESC) AS ord
          FROM academic_years ay WHERE ay.starts_on < ${past.before}::date
          ORDER BY ay.starts_on DESC LIMIT ${PAST_YEARS_OFFERED})`,
  ];
  if (extras.remember) ctes.push(Prisma.sql`remembered AS (${rememberFiltersSql(extras.remember)})`);
  if (extras.options) ctes.push(Prisma.sql`options AS (${findOptionsSql})`);
  return Prisma.sql`WITH ${Prisma.join(ctes, ", ")}`;
}

/**
 * The page of schools as one statement (exported for the benchmark's EXPLAIN). With `travelDay`, each row also
 * carries its travel times from the place cached for that day.
 */
export function findQuery(input: FindQueryInput, place: Place | null, travelDay?: Date, extras: FindExtras = {}) {
  const f = input.filters;
  const where = filterSql(input.providerId, input.academicYearId, f);
  let distance = Prisma.sql`NULL::float8`;
  let order = Prisma.sql`s.name, s.id`;
  if (place) {
    const box = boundingBox(place, RADIUS_MILES);
    where.push(Prisma.sql`s.latitude BETWEEN ${box.minLat} AND ${box.maxLat}`);
    where.push(Prisma.sql`s.longitude BETWEEN ${box.minLng} AND ${box.maxLng}`);
    distance = distanceSql(place);
    where.push(Prisma.sql`${distance} <= ${RADIUS_MILES}`);
    order = Prisma.sql`"distanceMiles", s.name, s.id`;
  }
  const offset = (f.page - 1) * FIND_PAGE_SIZE;
  const ay = Prisma.sql`${input.academicYearId}::uuid`;
  const withCtes = withSql(input, extras);
  // The page's schools, then (for those few rows only) what their tag is made of. With the options: their one row is
  // joined to the page, its values carried by the first row only (alone when no school matches), so they are sent
  // and parsed once.
  const pageOrder = place ? Prisma.sql`page."distanceMiles", page.name, page.id` : Prisma.sql`page.name, page.id`;
  const firstRow = Prisma.sql`row_number() OVER (ORDER BY ${pageOrder}) = 1`;
  const sql = Prisma.sql`${withCtes}
    SELECT ${
      extras.options
        ? Prisma.sql`CASE WHEN ${firstRow} THEN o.subjects END AS subjects,
                     CASE WHEN ${firstRow} THEN o."pastYears" END AS "pastYears", `
        : Prisma.empty
    }page.*,
           ${tagColumns(ay, Prisma.sql`page.id`)},
           ${place && travelDay ? cachedTravelTimesColumn(place, travelDay, "page") : Prisma.sql`NULL::json`} AS "travelTimes"
    FROM ${extras.options ? Prisma.sql`options o LEFT JOIN ` : Prisma.empty}(
      SELECT s.id, s.name, s.town, s.postcode, s.phase, s.latitude, s.longitude, ${distance} AS "distanceMiles",
             count(*) OVER () AS total
      FROM schools s
      WHERE ${Prisma.join(where, " AND ")}
      ORDER BY ${order}
      LIMIT ${FIND_PAGE_SIZE} OFFSET ${offset}
    ) page${extras.options ? Prisma.sql` ON true` : Prisma.empty}
    ORDER BY ${pageOrder}`;
  // The count (past the last page) needs only `past_years`.
  return { sql, where, offset, countCtes: withSql(input, {}) };
}

/** Travel times for a search with a location: the routing service and the UK day the cache is kept for. */
export type FindRouting = { client: RoutingClient; day: Date };

export async function findSchools(
  db: Db,
  geocoder: Geocoder,
  input: FindQueryInput,
  routing: FindRouting | null = null,
): Promise<FindResult> {
  return (await findPage(db, geocoder, input, routing)).result;
}

/**
 * Find's page in as few statements as can be: the location (when one is searched and the geocoder asks the
 * gazetteer), then one statement for the schools, the filter options (`options`) and remembering the search
 * (`remember`); only a location that finds no single place reads the options (and remembers) on its own.
 */
export async function findPage<O extends boolean = false>(
  db: Db,
  geocoder: Geocoder,
  input: FindQueryInput,
  routing: FindRouting | null = null,
  extras: { options?: O; remember?: RememberFilters | null } = {},
): Promise<{ result: FindResult; options: O extends true ? FindOptions : null }> {
  type Options = O extends true ? FindOptions : null;
  const { filters: f } = input;
  const location = await resolveLocation(db, geocoder, f);
  const empty = { schools: [], total: 0, page: 1, totalPages: 1 };
  if (location.kind === "ambiguous" || location.kind === "not_found") {
    let options = null as Options;
    if (extras.options || extras.remember) {
      const ctes = withSql(input, { ...extras, options: true });
      const [row] = await db.$queryRaw<FindOptions[]>`${ctes} SELECT o.subjects, o."pastYears" FROM options o`;
      if (extras.options) options = row as Options;
    }
    return { result: { location, ...empty }, options };
  }
  const place = location.kind === "found" ? location.place : null;
  const { sql, where, offset, countCtes } = findQuery(input, place, routing?.day, extras);
  type Row = Omit<FoundSchool, "tag"> & TagCounts & { total: bigint } & Partial<FindOptions>;
  const all = await db.$queryRaw<Row[]>(sql);
  const options = (extras.options ? { subjects: all[0].subjects, pastYears: all[0].pastYears } : null) as Options;
  const rows = extras.options ? all.filter((r) => r.id !== null) : all;
  const total = rows.length ? Number(rows[0].total) : await countWhenPastTheEnd(db, countCtes, where, offset);
  const travel =
    place && routing
      ? await completeTravelTimes(
          db,
          routing.client,
          place,
          routing.day,
          rows.map((r) => ({ id: r.id, latitude: r.latitude, longitude: r.longitude, cached: r.travelTimes })),
        )
      : null;
  return {
    result: {
      location,
      schools: rows.map((r) => ({
        id: r.id,
        name: r.name,
        town: r.town,
        postcode: r.postcode,
        phase: r.phase,
        latitude: r.latitude,
        longitude: r.longitude,
        distanceMiles: r.distanceMiles,
        travelTimes: travel?.get(r.id) ?? null,
        tag: tagOf(r),
      })),
      total,
      page: f.page,
      totalPages: Math.max(1, Math.ceil(total / FIND_PAGE_SIZE)),
    },
    options,
  };
}

/** A page past the last one has no rows to carry the total: count separately (only then). */
async function countWhenPastTheEnd(db: Db, withCtes: Prisma.Sql, where: Prisma.Sql[], offset: number) {
  if (offset === 0) return 0;
  const [row] = await db.$queryRaw<
    { n: bigint }[]
  >`${withCtes} SELECT count(*) AS n FROM schools s WHERE ${Prisma.join(where, " AND ")}`;
  return Number(row.n);
}

/**
 * A school onboarded to placements (else null) with the school-level tag providers see for the year: placements
 * available (some unassigned), no placements available (all assigned), may offer (interested), not offering (not
 * open), otherwise availability unknown.
 */
export async function onboardedSchoolWithTag(
  db: DbOrTx,
  schoolId: string,
  ay: Prisma.Sql,
): Promise<{ id: string; name: string; tag: SchoolTag } | null> {
  const [row] = await db.$queryRaw<({ id: string; name: string } & TagCounts)[]>`
    SELECT s.id, s.name, ${tagColumns(ay, Prisma.sql`s.id`)}
    FROM schools s WHERE s.id = ${schoolId}::uuid AND s.placements_service`;
  return row ? { id: row.id, name: row.name, tag: tagOf(row) } : null;
}

type TagCounts = { published: number; open: number; appetite: string | null };

/** The columns a school's tag is made of, for the school whose id is `schoolId` (SQL) in the year `ay` (SQL). */
function tagColumns(ay: Prisma.Sql, schoolId: Prisma.Sql) {
  return Prisma.sql`
    (SELECT count(*)::int FROM placements p WHERE p.school_id = ${schoolId} AND p.status = 'published'
      AND p.academic_year_id = ${ay}) AS published,
    (SELECT count(*)::int FROM placements p WHERE p.school_id = ${schoolId} AND p.status = 'published'
      AND p.academic_year_id = ${ay} AND p.provider_id IS NULL) AS open,
    (SELECT hi.appetite::text FROM hosting_interests hi WHERE hi.school_id = ${schoolId}
      AND hi.academic_year_id = ${ay}) AS appetite`;
}

function tagOf(r: TagCounts): SchoolTag {
  if (r.open > 0) return "available";
  if (r.published > 0) return "filled";
  if (r.appetite === "interested") return "interested";
  if (r.appetite === "not_open") return "not_open";
  return "unknown";
}
