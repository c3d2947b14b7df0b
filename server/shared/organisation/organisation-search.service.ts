import type { Db } from "../../db.ts";
import { Prisma } from "../../../prisma/generated/client.ts";
import { likePattern } from "../search/like.ts";
import { cleanSearchText } from "../validation/text.ts";

/**
 * Support console searches over schools and providers, by name, URN (schools) or postcode. `ILIKE '%…%'`
 * is served by the pg_trgm GIN indexes on those columns; LIKE wildcards typed by the user are escaped.
 */
export const PAGE_SIZE = 25;
/**
 * Lists show at most this many pages (1,000 rows): a deeper page would make the database skip every row before it
 * (OFFSET). Beyond that, the search box narrows the list.
 */
export const MAX_PAGES = 40;
export const CANDIDATE_LIMIT = 15;

export { likePattern };

export type OrganisationRow = {
  id: string;
  name: string;
  kind: "school" | "provider";
  urn: string | null;
  postcode: string | null;
  /** Providers only (placements list): scitt, lead_school or university. */
  providerType?: string | null;
};

/** The placements console's type filter: schools, or providers of a type. */
export const ORGANISATION_TYPE_FILTERS = ["school", "scitt", "lead_school", "university"] as const;
export type OrganisationTypeFilter = (typeof ORGANISATION_TYPE_FILTERS)[number];
export type Page<T> = {
  items: T[];
  total: number;
  page: number;
  totalPages: number;
  /** Set when more rows match than the pages list (MAX_PAGES): how many are listed. */
  listedLimit: number | null;
};

export function pageOf<T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  const listedLimit = total > MAX_PAGES * pageSize ? MAX_PAGES * pageSize : null;
  return {
    items,
    total,
    page,
    totalPages: Math.min(MAX_PAGES, Math.max(1, Math.ceil(total / pageSize))),
    listedLimit,
  };
}

// An outward code followed by (the start of) an inward code, typed without its space: "ab12c" is "AB1 2C…". The
// inward code starts with a digit, so the split is unambiguous.
const POSTCODE_PREFIX = /^([a-z]{1,2}\d[a-z\d]?)(\d[a-z]{0,2})$/i;

/**
 * Postcodes match however they are spaced ("sw1a1aa", "SW1A 1AA", " SW1A  1AA "): the query is also tried without
 * spaces and with the single space a postcode has. Every alternative is a plain ILIKE on the column, so the trigram
 * index serves it (a function of the column, such as replace(), would read every row).
 */
function postcodeMatch(column: Prisma.Sql, query: string) {
  const compact = cleanSearchText(query).replace(/\s+/g, "");
  const parts = POSTCODE_PREFIX.exec(compact);
  const patterns = new Set([likePattern(query), likePattern(compact)]);
  if (parts) patterns.add(likePattern(`${parts[1]} ${parts[2]}`));
  return Prisma.sql`(${Prisma.join(
    [...patterns].map((p) => Prisma.sql`${column} ILIKE ${p}`),
    " OR ",
  )})`;
}

function schoolMatch(query: string | undefined) {
  if (!query || !cleanSearchText(query)) return Prisma.sql`TRUE`;
  const p = likePattern(query);
  return Prisma.sql`(s.name ILIKE ${p} OR s.urn ILIKE ${p} OR ${postcodeMatch(Prisma.sql`s.postcode`, query)})`;
}

function providerMatch(query: string | undefined) {
  if (!query || !cleanSearchText(query)) return Prisma.sql`TRUE`;
  const p = likePattern(query);
  return Prisma.sql`(pr.name ILIKE ${p} OR pr.code ILIKE ${p} OR ${postcodeMatch(Prisma.sql`pr.postcode`, query)})`;
}

/** Schools onboarded to claims (the claims console home). */
export async function searchClaimsSchools(
  db: Db,
  { query, page: requested = 1 }: { query?: string; page?: number },
): Promise<Page<OrganisationRow>> {
  const page = Math.min(requested, MAX_PAGES);
  const offset = (page - 1) * PAGE_SIZE;
  const [rows, count] = await Promise.all([
    db.$queryRaw<OrganisationRow[]>`
      SELECT s.id, s.name, 'school' AS kind, s.urn, s.postcode FROM schools s
      WHERE s.claims_service AND ${schoolMatch(query)}
      ORDER BY s.name, s.id LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM schools s WHERE s.claims_service AND ${schoolMatch(query)}`,
  ]);
  return pageOf(rows, Number(count[0]?.n ?? 0), page);
}

/**
 * Schools and providers onboarded to placements (the placements console home). `types` narrows to schools and/or
 * providers of the types chosen (none chosen: every organisation).
 */
export async function searchPlacementsOrganisations(
  db: Db,
  {
    query,
    page: requested = 1,
    types = [],
  }: { query?: string; page?: number; types?: readonly OrganisationTypeFilter[] },
): Promise<Page<OrganisationRow>> {
  const page = Math.min(requested, MAX_PAGES);
  const offset = (page - 1) * PAGE_SIZE;
  const providerTypes = types.filter((t) => t !== "school");
  const schools = types.length === 0 || types.includes("school") ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
  const providers =
    types.length === 0
      ? Prisma.sql`TRUE`
      : providerTypes.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`pr.provider_type::text IN (${Prisma.join(providerTypes)})`;
  const union = Prisma.sql`
    SELECT s.id, s.name, 'school' AS kind, s.urn, s.postcode, NULL AS "providerType" FROM schools s
    WHERE s.placements_service AND ${schools} AND ${schoolMatch(query)}
    UNION ALL
    SELECT pr.id, pr.name, 'provider' AS kind, NULL AS urn, pr.postcode, pr.provider_type::text AS "providerType"
    FROM providers pr WHERE pr.placements_service AND ${providers} AND ${providerMatch(query)}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<
      OrganisationRow[]
    >`SELECT * FROM (${union}) o ORDER BY o.name, o.id LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${union}) o`,
  ]);
  return pageOf(rows, Number(count[0]?.n ?? 0), page);
}

export type Candidate = { id: string; name: string; detail: string; onboarded: boolean };

/**
 * Up to 15 GIAS schools matching the text, for the "Add organisation" options step, nearest name first. `<->` is the
 * trigram distance (1 − similarity), which the GiST index on schools.name returns in order, so a common word does not
 * rank every matching school.
 */
export async function findSchoolCandidates(
  db: Db,
  service: "claims" | "placements",
  query: string,
): Promise<Candidate[]> {
  if (!cleanSearchText(query)) return [];
  const rows = await db.$queryRaw<
    { id: string; name: string; urn: string | null; town: string | null; postcode: string | null; onboarded: boolean }[]
  >`
    SELECT s.id, s.name, s.urn, s.town, s.postcode,
      ${service === "claims" ? Prisma.sql`s.claims_service` : Prisma.sql`s.placements_service`} AS onboarded
    FROM schools s WHERE s.urn IS NOT NULL AND ${schoolMatch(query)}
    ORDER BY s.name <-> ${cleanSearchText(query)} LIMIT ${CANDIDATE_LIMIT}`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    detail: [r.urn ? `URN ${r.urn}` : null, r.town, r.postcode].filter(Boolean).join(", "),
    onboarded: r.onboarded,
  }));
}

export async function findProviderCandidates(db: Db, query: string): Promise<Candidate[]> {
  if (!cleanSearchText(query)) return [];
  const rows = await db.$queryRaw<
    { id: string; name: string; code: string; postcode: string | null; onboarded: boolean }[]
  >`
    SELECT pr.id, pr.name, pr.code, pr.postcode, pr.placements_service AS onboarded
    FROM providers pr WHERE ${providerMatch(query)}
    ORDER BY similarity(pr.name, ${cleanSearchText(query)}) DESC, pr.name LIMIT ${CANDIDATE_LIMIT}`;
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    detail: [`Code ${r.code}`, r.postcode].filter(Boolean).join(", "),
    onboarded: r.onboarded,
  }));
}
