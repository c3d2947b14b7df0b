import { z } from "zod";
import { procedures, router } from "../../trpc/init.ts";
import { geocoderFor } from "../../integrations/geocoding/configured.ts";
import { selectedAcademicYear } from "../selected-year/selected-year.service.ts";
import { academicYearFor } from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";
import { FindFiltersSchema } from "./find.schema.ts";
import { findSchools, pastAcademicYears } from "./find.service.ts";
import { findOptions, loadSavedFindFilters, saveFindFilters } from "./find-options.service.ts";

/** placements.find.*: Find schools hosting placements (provider users and support acting inside a provider). */
export const placementsFindRouter = router({
  schools: procedures.placementsProvider
    .input(z.object({ filters: FindFiltersSchema }))
    .query(async ({ ctx, input }) => {
      const year = await selectedAcademicYear(ctx.db, ctx.user.id);
      const current = await academicYearFor(ctx.db, londonToday());
      const past = await pastAcademicYears(ctx.db, current.startsOn);
      return findSchools(ctx.db, geocoderFor(ctx.db), {
        providerId: ctx.providerId,
        academicYearId: year.id,
        pastYearIds: past.map((y) => y.id),
        filters: input.filters,
      });
    }),
  options: procedures.placementsProvider.query(({ ctx }) => findOptions(ctx.db)),
  savedFilters: procedures.placementsProvider.query(({ ctx }) =>
    ctx.sessionId ? loadSavedFindFilters(ctx.db, ctx.sessionId, ctx.providerId) : null,
  ),
  saveFilters: procedures.placementsProvider
    .input(z.object({ query: z.string().max(4000) }))
    .mutation(({ ctx, input }) =>
      ctx.sessionId ? saveFindFilters(ctx.db, ctx.sessionId, ctx.providerId, input.query) : null,
    ),
});
