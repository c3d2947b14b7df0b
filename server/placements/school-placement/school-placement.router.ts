import { procedures, router } from "../../trpc/init.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import {
  AssignProviderSchema,
  BulkPlacementsSchema,
  PlacementDetailsSchema,
  PlacementIdInput,
  UnassignProviderSchema,
  UpdatePlacementSchema,
} from "./school-placement.schema.ts";
import { assignProvider, providerChoices, unassignProvider } from "./placement-provider.service.ts";
import {
  createPlacement,
  createPlacements,
  getSchoolPlacement,
  listSchoolPlacements,
  placementOptions,
  publishPlacement,
  removePlacement,
  updatePlacement,
} from "./school-placement.service.ts";

/**
 * placements.schoolPlacement.*: a school's own placements. Every placement is loaded with the guard's schoolId,
 * so another school's placement is a 404. Lists and new placements use the user's selected academic year.
 */
export const placementsSchoolPlacementRouter = router({
  list: procedures.placementsSchool.query(async ({ ctx }) => {
    const year = await requestSelectedYear(ctx);
    return {
      academicYear: { id: year.id, name: year.name },
      ...(await listSchoolPlacements(ctx.db, ctx.schoolId, year.id)),
    };
  }),
  byId: procedures.placementsSchool
    .input(PlacementIdInput)
    .query(({ ctx, input }) => getSchoolPlacement(ctx.db, ctx.schoolId, input.placementId)),
  options: procedures.placementsSchool.query(async ({ ctx }) => {
    const year = await requestSelectedYear(ctx);
    return { academicYear: { id: year.id, name: year.name }, ...(await placementOptions(ctx.db, ctx.schoolId)) };
  }),
  create: procedures.placementsSchool.input(PlacementDetailsSchema).mutation(async ({ ctx, input }) => {
    const { schoolId: _schoolId, ...details } = input as typeof input & { schoolId: string };
    const year = await requestSelectedYear(ctx);
    return createPlacement(ctx.db, ctx.user, ctx.schoolId, year.id, details);
  }),
  /** Bulk add: several drafts in the selected year, all or nothing. */
  bulkCreate: procedures.placementsSchool.input(BulkPlacementsSchema).mutation(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return createPlacements(ctx.db, ctx.user, ctx.schoolId, year.id, input.placements);
  }),
  publish: procedures.placementsSchool
    .input(PlacementIdInput)
    .mutation(({ ctx, input }) => publishPlacement(ctx.db, ctx.user, ctx.schoolId, input.placementId)),
  remove: procedures.placementsSchool
    .input(PlacementIdInput)
    .mutation(({ ctx, input }) => removePlacement(ctx.db, ctx.user, ctx.schoolId, input.placementId)),
  update: procedures.placementsSchool
    .input(PlacementIdInput.and(UpdatePlacementSchema))
    .mutation(({ ctx, input }) => updatePlacement(ctx.db, ctx.user, ctx.schoolId, input.placementId, input)),
  // The placement's provider: choices (the school's partner providers), assign, remove.
  providerChoices: procedures.placementsSchool
    .input(PlacementIdInput)
    .query(({ ctx, input }) => providerChoices(ctx.db, ctx.schoolId, input.placementId)),
  assignProvider: procedures.placementsSchool
    .input(PlacementIdInput.and(AssignProviderSchema))
    .mutation(({ ctx, input }) => assignProvider(ctx.db, ctx.user, ctx.schoolId, input.placementId, input)),
  unassignProvider: procedures.placementsSchool
    .input(PlacementIdInput.and(UnassignProviderSchema))
    .mutation(({ ctx, input }) =>
      unassignProvider(ctx.db, ctx.user, ctx.schoolId, input.placementId, input.providerId),
    ),
});
