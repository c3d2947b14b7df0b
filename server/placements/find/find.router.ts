import { z } from "zod";
import type { Db } from "../../db.ts";
import { procedures, router } from "../../trpc/init.ts";
import { perRequest } from "../../trpc/request-cache.ts";
import { geocoderFor } from "../../integrations/geocoding/configured.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { FindFiltersSchema } from "./find.schema.ts";
import { findSchools, pastAcademicYears } from "./find.service.ts";
import { routingClientFromEnv } from "./travel-time.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";
import { findOptions, loadSavedFindFilters, saveFindFilters } from "./find-options.service.ts";

/** The years "last offered placements" offers, read once for the filters and the search of one request. */
function pastYearsOf(ctx: { db: Db; requestCache?: Map<string, Promise<unknown>> }, currentStartsOn: Date) {
  return perRequest(ctx, "placements.find.pastYears", () => pastAcademicYears(ctx.db, currentStartsOn));
}

/** placements.find.*: Find schools hosting placements (provider users and support acting inside a provider). */
export const placementsFindRouter = router({
  schools: procedures.placementsProvider
    .input(z.object({ filters: FindFiltersSchema }))
    .query(async ({ ctx, input }) => {
      const year = await requestSelectedYear(ctx);
      const past = await pastYearsOf(ctx, year.years.current.startsOn);
      const routing = routingClientFromEnv();
      return findSchools(
        ctx.db,
        geocoderFor(ctx.db),
        {
          providerId: ctx.providerId,
          academicYearId: year.id,
          pastYearIds: past.map((y) => y.id),
          filters: input.filters,
        },
        routing ? { client: routing, day: londonToday() } : null,
      );
    }),
  options: procedures.placementsProvider.query(async ({ ctx }) =>
    findOptions(ctx.db, await pastYearsOf(ctx, (await requestSelectedYear(ctx)).years.current.startsOn)),
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
