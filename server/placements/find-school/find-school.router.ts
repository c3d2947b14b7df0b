import { procedures, router } from "../../trpc/init.ts";
import { perRequest } from "../../trpc/request-cache.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { FindSchoolInput } from "./find-school.schema.ts";
import {
  findSchoolContact,
  findSchoolDetails,
  findSchoolPlacements,
  findSchoolSummary,
} from "./find-school.service.ts";

/**
 * The school and its tag for the selected year, read once per request: the tabs' layout shows it and every tab
 * checks the school with it (another school's id, or one not onboarded, is NOT_FOUND).
 */
async function summaryOf(ctx: Parameters<typeof requestSelectedYear>[0], schoolId: string) {
  const year = await requestSelectedYear(ctx);
  return perRequest(ctx, `placements.findSchool.summary:${schoolId}:${year.id}`, () =>
    findSchoolSummary(ctx.db, schoolId, year.id),
  );
}

/** placements.findSchool.*: a school's tabs from Find (any school onboarded to placements; another's id → 404). */
export const placementsFindSchoolRouter = router({
  summary: procedures.placementsProvider
    .input(FindSchoolInput)
    .query(({ ctx, input }) => summaryOf(ctx, input.schoolId)),
  placements: procedures.placementsProvider.input(FindSchoolInput).query(async ({ ctx, input }) => {
    const school = await summaryOf(ctx, input.schoolId);
    const year = await requestSelectedYear(ctx);
    return {
      academicYear: year.name,
      ...(await findSchoolPlacements(ctx.db, school, year.id, ctx.providerId)),
    };
  }),
  contact: procedures.placementsProvider
    .input(FindSchoolInput)
    .query(async ({ ctx, input }) => findSchoolContact(ctx.db, await summaryOf(ctx, input.schoolId))),
  details: procedures.placementsProvider
    .input(FindSchoolInput)
    .query(async ({ ctx, input }) => findSchoolDetails(ctx.db, await summaryOf(ctx, input.schoolId), ctx.providerId)),
});
