import { z } from "zod";
import { procedures, router } from "../../trpc/init.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { ProviderPlacementFiltersSchema } from "./provider-placements.schema.ts";
import { getProviderPlacement, listProviderPlacements } from "./provider-placements.service.ts";

/** placements.providerPlacements.*: My placements (placements assigned to the provider) and one of them. */
export const placementsProviderPlacementsRouter = router({
  list: procedures.placementsProvider
    .input(z.object({ filters: ProviderPlacementFiltersSchema }))
    .query(async ({ ctx, input }) => {
      const year = await requestSelectedYear(ctx);
      return listProviderPlacements(ctx.db, ctx.providerId, year.id, input.filters);
    }),
  byId: procedures.placementsProvider
    .input(z.object({ placementId: z.string().uuid() }))
    .query(({ ctx, input }) => getProviderPlacement(ctx.db, ctx.providerId, input.placementId)),
});
