import type { Db } from "../../db.ts";
import { Prisma } from "../../../prisma/generated/client.ts";
import type { ServiceName } from "../../auth/session.ts";
import { NIOT_SUB_PROVIDER_CODES } from "../../claims/claim/claim-status.ts";
import {
  likePattern,
  searchClaimsSchools,
  searchPlacementsOrganisations,
} from "../organisation/organisation-search.service.ts";

/**
 * Read-only suggestions for the autocomplete fields (the browser calls them over HTTP as the user types).
 * Each returns at most SUGGESTION_LIMIT rows of exactly what the search field's page shows for an option: an id, a
 * name and one line of detail. Nothing else leaves the server this way.
 */
export type Suggestion = { id: string; name: string; hint: string };
export const SUGGESTION_LIMIT = 20;

function detail(...parts: (string | null | undefined)[]) {
  return parts.filter(Boolean).join(", ");
}

/** Postcodes match however they are spaced ("sw1a1aa", "SW1A 1AA"). */
function postcodeMatch(column: Prisma.Sql, query: string) {
  const compact = likePattern(query.replace(/\s+/g, ""));
  return Prisma.sql`(${column} ILIKE ${likePattern(query)} OR replace(${column}, ' ', '') ILIKE ${compact})`;
}

/**
 * Providers by name, code, UKPRN, URN or postcode. Claims: only accredited providers a claim can be made with (the
 * NIoT sub-providers excluded), the same set as the claim wizard's provider search. Placements: every provider.
 */
export async function suggestProviders(db: Db, service: ServiceName, query: string): Promise<Suggestion[]> {
  const q = query.trim();
  const p = likePattern(q);
  const claimable =
    service === "claims"
      ? Prisma.sql`pr.accredited AND pr.code NOT IN (${Prisma.join(NIOT_SUB_PROVIDER_CODES)})`
      : Prisma.sql`TRUE`;
  const rows = await db.$queryRaw<{ id: string; name: string; code: string; postcode: string | null }[]>`
    SELECT pr.id, pr.name, pr.code, pr.postcode FROM providers pr
    WHERE ${claimable}
      AND (pr.name ILIKE ${p} OR pr.code ILIKE ${q} OR pr.ukprn = ${q} OR pr.urn = ${q}
           OR ${postcodeMatch(Prisma.sql`pr.postcode`, q)})
    ORDER BY similarity(pr.name, ${q}) DESC, pr.name, pr.id LIMIT ${SUGGESTION_LIMIT}`;
  return rows.map((r) => ({ id: r.id, name: r.name, hint: detail(r.code, r.postcode) }));
}

/** Schools from GIAS (with a URN) by name, URN or postcode, onboarded or not. */
export async function suggestSchools(db: Db, query: string): Promise<Suggestion[]> {
  const q = query.trim();
  const p = likePattern(q);
  const rows = await db.$queryRaw<
    { id: string; name: string; urn: string; town: string | null; postcode: string | null }[]
  >`
    SELECT s.id, s.name, s.urn, s.town, s.postcode FROM schools s
    WHERE s.urn IS NOT NULL AND (s.name ILIKE ${p} OR s.urn ILIKE ${p} OR ${postcodeMatch(Prisma.sql`s.postcode`, q)})
    ORDER BY similarity(s.name, ${q}) DESC, s.name, s.id LIMIT ${SUGGESTION_LIMIT}`;
  return rows.map((r) => ({ id: r.id, name: r.name, hint: detail(`URN ${r.urn}`, r.town, r.postcode) }));
}

/** Organisations onboarded to the service (the support console's list), for support users. */
export async function suggestOrganisations(db: Db, service: ServiceName, query: string): Promise<Suggestion[]> {
  const page =
    service === "claims"
      ? await searchClaimsSchools(db, { query })
      : await searchPlacementsOrganisations(db, { query });
  return page.items.slice(0, SUGGESTION_LIMIT).map((o) => ({
    id: o.id,
    name: o.name,
    hint:
      service === "claims"
        ? detail(o.urn ? `URN ${o.urn}` : null, o.postcode)
        : detail(o.kind === "school" ? "School" : "Provider", o.postcode),
  }));
}
