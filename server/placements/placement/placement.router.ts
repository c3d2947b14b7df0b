import { procedures, router } from "../../trpc/init.ts";

/** placements.school.* and placements.provider.* basics used by the organisation layouts. */
export const placementsSchoolRouter = router({
  byId: procedures.placementsSchool.query(({ ctx }) => ctx.school),
});

export const placementsProviderRouter = router({
  byId: procedures.placementsProvider.query(({ ctx }) => ctx.provider),
});
