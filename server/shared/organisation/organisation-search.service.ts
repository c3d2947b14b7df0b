import type { Db } from "../../db.ts";
import { Prisma } from "../../../prisma/generated/client.ts";
import { likePattern } from "../search/like.ts";
import { cleanSearchText } from "../validation/text.ts";

/**
 * Support console searches over schools and providers, by name, URN (schools) or postcode. `ILIKE '%…%'`
 * is served by the pg_trgm GIN indexes on those columns; LIKE wildcards typed by the user are escaped.
 */
export const PAGE_SIZE = 25;
export const CANDIDATE_LIMIT = 15;

export { likePattern };

export type OrganisationRow = {
  id: string;
  name: string;
  kind: "school" | "provider";
  urn: string | null;
  postcode: string | null;
};
export type Page<T> = { items: T[]; total: number; page: number; totalPages: number };

function pageOf<T>(items: T[], total: number, page: number): Page<T> {
  return { items, total, page, totalPages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Postcodes match however they are spaced ("sw1a1aa", "SW1A 1AA"): both sides are compared without spaces. */
function postcodeMatch(column: Prisma.Sql, query: string) {
  const compact = likePattern(cleanSearchText(query).replace(/\s+/g, ""));
  return Prisma.sql`(${column} ILIKE ${likePattern(query)} OR replace(${column}, ' ', '') ILIKE ${compact})`;
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
  { query, page = 1 }: { query?: string; page?: number },
): Promise<Page<OrganisationRow>> {
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

/** Schools and providers onboarded to placements (the placements console home). */
export async function searchPlacementsOrganisations(
  db: Db,
  { query, page = 1 }: { query?: string; page?: number },
): Promise<Page<OrganisationRow>> {
  const offset = (page - 1) * PAGE_SIZE;
  const union = Prisma.sql`
    SELECT s.id, s.name, 'school' AS kind, s.urn, s.postcode FROM schools s WHERE s.placements_service AND ${schoolMatch(query)}
    UNION ALL
    SELECT pr.id, pr.name, 'provider' AS kind, NULL AS urn, pr.postcode FROM providers pr WHERE pr.placements_service AND ${providerMatch(query)}`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<
      OrganisationRow[]
    >`SELECT * FROM (${union}) o ORDER BY o.name, o.id LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (${union}) o`,
  ]);
  return pageOf(rows, Number(count[0]?.n ?? 0), page);
}

export type Candidate = { id: string; name: string; detail: string; onboarded: boolean };

/** Up to 15 GIAS schools matching the text, for the "Add organisation" options step. */
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
    ORDER BY similarity(s.name, ${cleanSearchText(query)}) DESC, s.name LIMIT ${CANDIDATE_LIMIT}`;
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
