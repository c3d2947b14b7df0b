import { z } from "zod";

export const PLACEMENT_PHASES = ["primary", "secondary"] as const;

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

/** My placements' filters, read from the URL query (GET form): schools, subjects and phases. */
export const ProviderPlacementFiltersSchema = z.object({
  school: many(z.string().uuid()),
  subject: many(z.string().uuid()),
  phase: many(z.enum(PLACEMENT_PHASES)),
});
export type ProviderPlacementFilters = z.infer<typeof ProviderPlacementFiltersSchema>;
