import { procedures, router } from "../../trpc/init.ts";
import {
  getPlacementsProvider,
  getPlacementsSchool,
  listPartnerSchoolPlacements,
  listSchoolPlacements,
} from "./placement.service.ts";

/** placements.school.* and placements.provider.* basics used by the organisation layouts. */
export const placementsSchoolRouter = router({
  byId: procedures.placementsSchool.query(({ ctx }) => getPlacementsSchool(ctx.db, ctx.schoolId)),
  placements: procedures.placementsSchool.query(({ ctx }) => listSchoolPlacements(ctx.db, ctx.schoolId)),
});

export const placementsProviderRouter = router({
  byId: procedures.placementsProvider.query(({ ctx }) => getPlacementsProvider(ctx.db, ctx.providerId)),
  placements: procedures.placementsProvider.query(({ ctx }) => listPartnerSchoolPlacements(ctx.db, ctx.providerId)),
});
