import type { DbOrTx } from "../../db.ts";
import { FindFiltersSchema, findQueryString } from "./find.schema.ts";

/** What Find's filter form offers: secondary subjects (parents and their children) and recent academic years. */
export async function findOptions(db: DbOrTx, pastYears: { id: string; name: string }[]) {
  const subjects = await db.subject.findMany({
    where: { subjectArea: "secondary" },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return { subjects, pastYears };
}

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

export async function saveFindFilters(db: DbOrTx, sessionId: string, providerId: string, query: string) {
  const parsed = FindFiltersSchema.safeParse(Object.fromEntries(groupParams(new URLSearchParams(query))));
  const clean = parsed.success ? findQueryString({ ...parsed.data, page: 1 }) : "";
  await db.wizardState.upsert({
    where: { sessionId_journey_key: { sessionId, journey: JOURNEY, key: providerId } },
    create: { sessionId, journey: JOURNEY, key: providerId, data: { query: clean } },
    update: { data: { query: clean } },
  });
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
