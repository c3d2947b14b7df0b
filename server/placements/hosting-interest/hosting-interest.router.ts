import { procedures, router } from "../../trpc/init.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import {
  ChangeHostingInterestSchema,
  ConvertPotentialPlacementsSchema,
  RecordHostingInterestSchema,
} from "./hosting-interest.schema.ts";
import {
  changeHostingInterest,
  convertPotentialPlacements,
  getHostingInterest,
  nearestProviders,
  recordHostingInterest,
} from "./hosting-interest.service.ts";

/** Strips the guard's input from the procedure input (the guard has checked it and set ctx.schoolId). */
function withoutSchoolId<T extends object>(input: T) {
  const { schoolId: _schoolId, ...rest } = input as T & { schoolId?: string };
  return rest as T;
}

/**
 * placements.hostingInterest.*: a school's hosting interest (expression of interest) in the user's selected
 * academic year. Everything is loaded through the guard's schoolId.
 */
export const placementsHostingInterestRouter = router({
  get: procedures.placementsSchool.query(async ({ ctx }) => {
    const year = await requestSelectedYear(ctx);
    return {
      academicYear: { id: year.id, name: year.name },
      ...(await getHostingInterest(ctx.db, ctx.schoolId, year.id)),
    };
  }),
  nearestProviders: procedures.placementsSchool.query(({ ctx }) => nearestProviders(ctx.db, ctx.schoolId, 2)),
  record: procedures.placementsSchool.input(RecordHostingInterestSchema).mutation(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return recordHostingInterest(ctx.db, ctx.user, ctx.schoolId, year.id, withoutSchoolId(input));
  }),
  change: procedures.placementsSchool.input(ChangeHostingInterestSchema).mutation(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return changeHostingInterest(ctx.db, ctx.user, ctx.schoolId, year.id, withoutSchoolId(input));
  }),
  convert: procedures.placementsSchool.input(ConvertPotentialPlacementsSchema).mutation(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return convertPotentialPlacements(ctx.db, ctx.user, ctx.schoolId, year.id, input.placements);
  }),
});
