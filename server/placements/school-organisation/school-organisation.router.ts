import { procedures, router } from "../../trpc/init.ts";
import { requestSelectedYear } from "../academic-year/request-selected-year.ts";
import { getSchoolOrganisation, schoolLanding } from "./school-organisation.service.ts";

/** placements.schoolOrganisation.*: the school's header, navigation, landing and Organisation details. */
export const placementsSchoolOrganisationRouter = router({
  details: procedures.placementsSchool.query(({ ctx }) => getSchoolOrganisation(ctx.db, ctx.schoolId)),
  landing: procedures.placementsSchool.query(async ({ ctx }) => {
    const year = await requestSelectedYear(ctx);
    return schoolLanding(ctx.db, ctx.schoolId, year.id);
  }),
});
