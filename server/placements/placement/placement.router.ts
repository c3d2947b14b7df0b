import { procedures, router } from "../../trpc/init.ts";
import { listPartnerSchoolPlacements } from "./placement.service.ts";

/** placements.school.* and placements.provider.* basics used by the organisation layouts. */
export const placementsSchoolRouter = router({
  byId: procedures.placementsSchool.query(({ ctx }) => ctx.school),
});

export const placementsProviderRouter = router({
  byId: procedures.placementsProvider.query(({ ctx }) => ctx.provider),
  placements: procedures.placementsProvider.query(({ ctx }) => listPartnerSchoolPlacements(ctx.db, ctx.providerId)),
});
