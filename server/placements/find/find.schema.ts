import { z } from "zod";

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

export const PHASES = ["Primary", "Secondary"] as const;
export const ITT_STATUSES = ["interested", "not_open", "unfilled", "filled"] as const;
export const YEAR_GROUPS = [
  "nursery",
  "reception",
  "year_1",
  "year_2",
  "year_3",
  "year_4",
  "year_5",
  "year_6",
  "mixed_year_groups",
] as const;
export const SCHOOLS_TO_SHOW = ["active", "all"] as const;
/** "No recent placements" in the last offered placements filter (the other values are academic year ids). */
export const NO_RECENT_PLACEMENTS = "none";
export const FIND_PAGE_SIZE = 25;
/** Find's location search radius. */
export const RADIUS_MILES = 50;

function text(label: string) {
  return z
    .string()
    .trim()
    .max(100, `${label} must be 100 characters or fewer`)
    .refine((v) => !CONTROL_CHARACTERS.test(v), `${label} must only include letters, numbers and spaces`)
    .optional()
    .transform((v) => v || undefined);
}

/** Repeated query parameters; values that are not allowed are dropped (a hand-edited URL shows what it can). */
function many<T extends z.ZodType>(item: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
    .transform((values) => [
      ...new Set(values.slice(0, 50).flatMap((v) => (item.safeParse(v).success ? [v as z.infer<T>] : []))),
    ]);
}

const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "true");

/** Find's filters, read from the URL query (so a search is shareable and the back button returns to it). */
export const FindFiltersSchema = z.object({
  search: text("Search"),
  location: text("Location"),
  /** A choice from "which did you mean": a gazetteer place id or `s:<school id>`. */
  place: z
    .string()
    .regex(/^(s:)?[0-9a-f-]{36}$/i)
    .optional()
    .catch(undefined),
  partner: flag,
  phase: many(z.enum(PHASES)),
  itt: many(z.enum(ITT_STATUSES)),
  send: flag,
  lastOffered: many(z.union([z.literal(NO_RECENT_PLACEMENTS), z.string().uuid()])),
  yearGroup: many(z.enum(YEAR_GROUPS)),
  subject: many(z.string().uuid()),
  show: z.enum(SCHOOLS_TO_SHOW).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type FindFilters = z.infer<typeof FindFiltersSchema>;

export const FindInput = z.object({ providerId: z.string().uuid(), filters: FindFiltersSchema });

/** The filters back into a query string (the same names the form posts), without empty values. */
export function findQueryString(filters: Partial<FindFilters>): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("search", filters.search);
  if (filters.location) params.set("location", filters.location);
  if (filters.place) params.set("place", filters.place);
  if (filters.partner) params.set("partner", "1");
  for (const v of filters.phase ?? []) params.append("phase", v);
  for (const v of filters.itt ?? []) params.append("itt", v);
  if (filters.send) params.set("send", "1");
  for (const v of filters.lastOffered ?? []) params.append("lastOffered", v);
  for (const v of filters.yearGroup ?? []) params.append("yearGroup", v);
  for (const v of filters.subject ?? []) params.append("subject", v);
  if (filters.show) params.set("show", filters.show);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  return params.toString();
}
