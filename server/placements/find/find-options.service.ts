import { Prisma } from "../../../prisma/generated/client.ts";
import type { DbOrTx } from "../../db.ts";
import { FindFiltersSchema, findQueryString, type FindFilters } from "./find.schema.ts";

/** How many academic years before the current one "last offered placements" offers. */
export const PAST_YEARS_OFFERED = 3;

export type FindOptions = { subjects: { id: string; name: string }[]; pastYears: { id: string; name: string }[] };

/**
 * What Find's filter form offers, as one row (`subjects`, `pastYears`) for a CTE of the page's statement: secondary
 * subjects (parents and their children) by name, and the recent academic years (`past_years`, newest first).
 */
export const findOptionsSql = Prisma.sql`SELECT
    (SELECT coalesce(json_agg(json_build_object('id', su.id, 'name', su.name) ORDER BY su.name, su.id), '[]'::json)
     FROM subjects su WHERE su.subject_area = 'secondary') AS subjects,
    (SELECT coalesce(json_agg(json_build_object('id', py.id, 'name', py.name) ORDER BY py.ord), '[]'::json)
     FROM past_years py) AS "pastYears"`;

/*
 * Find's filters are remembered for the session (per provider), as a re-validated query string in the session's
 * server-side state: opening Find again shows the last search.
 */
const JOURNEY = "find-filters";

export async function loadSavedFindFilters(db: DbOrTx, sessionId: string, providerId: string): Promise<string | null> {
  const row = await db.wizardState.findUnique({
    where: { sessionId_journey_key: { sessionId, journey: JOURNEY, key: providerId } },
    select: { data: true },
  });
  const query = (row?.data as { query?: unknown } | null)?.query;
  if (typeof query !== "string" || !query) return null;
  const parsed = FindFiltersSchema.safeParse(Object.fromEntries(groupParams(new URLSearchParams(query))));
  return parsed.success ? findQueryString({ ...parsed.data, page: 1 }) || null : null;
}

/** The query string a search is remembered as: re-validated, without the page. */
export function rememberedQuery(query: string) {
  const parsed = FindFiltersSchema.safeParse(Object.fromEntries(groupParams(new URLSearchParams(query))));
  return parsed.success ? findQueryString({ ...parsed.data, page: 1 }) : "";
}

export async function saveFindFilters(db: DbOrTx, sessionId: string, providerId: string, query: string) {
  const clean = rememberedQuery(query);
  await db.wizardState.upsert({
    where: { sessionId_journey_key: { sessionId, journey: JOURNEY, key: providerId } },
    create: { sessionId, journey: JOURNEY, key: providerId, data: { query: clean } },
    update: { data: { query: clean } },
  });
}

/** Whose search to remember with the page's statement (the session's, for one provider). */
export type RememberFilters = { sessionId: string; providerId: string; filters: FindFilters };

/**
 * A CTE that remembers the search as `saveFindFilters` does, writing only when it differs from the remembered one
 * (viewing the same search again, or its next page, writes nothing). The NOT EXISTS matters: an upsert whose update
 * is skipped still locks the row, which makes a read-only page view a transaction that waits for a WAL flush.
 */
export function rememberFiltersSql(remember: RememberFilters) {
  const data = JSON.stringify({ query: rememberedQuery(findQueryString(remember.filters)) });
  return Prisma.sql`INSERT INTO wizard_states (session_id, journey, key, data, updated_at)
    SELECT ${remember.sessionId}, ${JOURNEY}, ${remember.providerId}, ${data}::jsonb, now()
     WHERE NOT EXISTS (SELECT 1 FROM wizard_states w
                        WHERE w.session_id = ${remember.sessionId} AND w.journey = ${JOURNEY}
                          AND w.key = ${remember.providerId} AND w.data = ${data}::jsonb)
    ON CONFLICT (session_id, journey, key) DO UPDATE SET data = EXCLUDED.data, updated_at = EXCLUDED.updated_at
    WHERE wizard_states.data IS DISTINCT FROM EXCLUDED.data
    RETURNING 1`;
}

/** Query parameters with repeated names as arrays (the shape FindFiltersSchema reads). */
export function groupParams(params: URLSearchParams): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [k, v] of params) {
    const prev = out.get(k);
    out.set(k, prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v]);
  }
  return out;
}
