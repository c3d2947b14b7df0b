import { procedures, router } from "../../trpc/init.ts";
import { listSchoolPlacements } from "./placement.service.ts";

/** placements.school.* and placements.provider.* basics used by the organisation layouts. */
export const placementsSchoolRouter = router({
  byId: procedures.placementsSchool.query(({ ctx }) => ctx.school),
  placements: procedures.placementsSchool.query(({ ctx }) => listSchoolPlacements(ctx.db, ctx.schoolId)),
});

export const placementsProviderRouter = router({
  byId: procedures.placementsProvider.query(({ ctx }) => ctx.provider),
});
