import { procedures, router } from "../../trpc/init.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { FindSchoolInput } from "./find-school.schema.ts";
import {
  findSchoolContact,
  findSchoolDetails,
  findSchoolPlacements,
  findSchoolSummary,
} from "./find-school.service.ts";

/** placements.findSchool.*: a school's tabs from Find (any school onboarded to placements; another's id → 404). */
export const placementsFindSchoolRouter = router({
  summary: procedures.placementsProvider.input(FindSchoolInput).query(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return findSchoolSummary(ctx.db, input.schoolId, year.id);
  }),
  placements: procedures.placementsProvider.input(FindSchoolInput).query(async ({ ctx, input }) => {
    const year = await requestSelectedYear(ctx);
    return {
      academicYear: year.name,
      ...(await findSchoolPlacements(ctx.db, input.schoolId, year.id, ctx.providerId)),
    };
  }),
  contact: procedures.placementsProvider
    .input(FindSchoolInput)
    .query(({ ctx, input }) => findSchoolContact(ctx.db, input.schoolId)),
  details: procedures.placementsProvider
    .input(FindSchoolInput)
    .query(({ ctx, input }) => findSchoolDetails(ctx.db, input.schoolId, ctx.providerId)),
});
