import { z } from "zod";
import { procedures, router } from "../../trpc/init.ts";
import { geocoderFor } from "../../integrations/geocoding/configured.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { FindFiltersSchema, type FindFilters } from "./find.schema.ts";
import { findPage, findSchools } from "./find.service.ts";
import { routingClientFromEnv } from "./travel-time.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";
import { loadSavedFindFilters, saveFindFilters } from "./find-options.service.ts";

/** The search's input for the provider: the selected year and (by their start) the recent years. */
async function findInput(
  ctx: Parameters<typeof requestSelectedYear>[0] & { providerId: string },
  filters: FindFilters,
) {
  const year = await requestSelectedYear(ctx);
  return {
    providerId: ctx.providerId,
    academicYearId: year.id,
    pastYears: { before: year.years.current.startsOn },
    filters,
  };
}

function routing() {
  const client = routingClientFromEnv();
  return client ? { client, day: londonToday() } : null;
}

/** placements.find.*: Find schools hosting placements (provider users and support acting inside a provider). */
export const placementsFindRouter = router({
  schools: procedures.placementsProvider
    .input(z.object({ filters: FindFiltersSchema }))
    .query(async ({ ctx, input }) =>
      findSchools(ctx.db, geocoderFor(ctx.db), await findInput(ctx, input.filters), routing()),
    ),
  /** Find's page: the schools and the filter options, and the search is remembered for the session. */
  search: procedures.placementsProvider
    .input(z.object({ filters: FindFiltersSchema }))
    .mutation(async ({ ctx, input }) =>
      findPage(ctx.db, geocoderFor(ctx.db), await findInput(ctx, input.filters), routing(), {
        options: true,
        remember: ctx.sessionId
          ? { sessionId: ctx.sessionId, providerId: ctx.providerId, filters: input.filters }
          : null,
      }),
    ),
  savedFilters: procedures.placementsProvider.query(({ ctx }) =>
    ctx.sessionId ? loadSavedFindFilters(ctx.db, ctx.sessionId, ctx.providerId) : null,
  ),
  saveFilters: procedures.placementsProvider
    .input(z.object({ query: z.string().max(4000) }))
    .mutation(({ ctx, input }) =>
      ctx.sessionId ? saveFindFilters(ctx.db, ctx.sessionId, ctx.providerId, input.query) : null,
    ),
});
