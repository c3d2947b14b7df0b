import { listMyOrganisations } from "../shared/organisation/organisation.service.ts";
import { procedures, router } from "../trpc/init.ts";
import { placementsProviderUserRouter, placementsSchoolUserRouter } from "../shared/user/organisation-user.router.ts";
import { placementsProviderRouter, placementsSchoolRouter } from "./placement/placement.router.ts";
import { placementsSupportRouter } from "./support/support.router.ts";
import { placementsAcademicYearRouter } from "./academic-year/academic-year.router.ts";
import { placementsSchoolOrganisationRouter } from "./school-organisation/school-organisation.router.ts";
import { placementsSchoolContactRouter } from "./school-contact/school-contact.router.ts";
import { placementsSchoolPlacementRouter } from "./school-placement/school-placement.router.ts";
import { placementsFindRouter } from "./find/find.router.ts";
import { placementsFindSchoolRouter } from "./find-school/find-school.router.ts";
// hosting-interest: the school's expression of interest
import { placementsHostingInterestRouter } from "./hosting-interest/hosting-interest.router.ts";
import { placementsSupportEmailsRouter, placementsSupportJobsRouter } from "./support/jobs-emails.router.ts";
import {
  placementsProviderPartnershipRouter,
  placementsSchoolPartnershipRouter,
} from "./partnership/partnership.router.ts";
import { placementsSchoolMentorRouter } from "./school-mentor/school-mentor.router.ts";
import { placementsProviderPlacementsRouter } from "./provider-placements/provider-placements.router.ts";

/** The placements namespace: `placements.<feature>.<verb>`. Feature routers are merged here. */
export const placementsRouter = router({
  organisation: router({
    mine: procedures.placementsUser.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.user)),
  }),
  academicYear: placementsAcademicYearRouter,
  school: placementsSchoolRouter,
  schoolOrganisation: placementsSchoolOrganisationRouter,
  schoolContact: placementsSchoolContactRouter,
  schoolPlacement: placementsSchoolPlacementRouter,
  provider: placementsProviderRouter,
  schoolUser: placementsSchoolUserRouter,
  providerUser: placementsProviderUserRouter,
  find: placementsFindRouter,
  findSchool: placementsFindSchoolRouter,
  providerPlacements: placementsProviderPlacementsRouter,
  // Partnerships (both sides) and a placement's provider: placements.{school,provider}Partnership, schoolPlacement.
  schoolPartnership: placementsSchoolPartnershipRouter,
  providerPartnership: placementsProviderPartnershipRouter,
  schoolMentor: placementsSchoolMentorRouter,
  hostingInterest: placementsHostingInterestRouter,
  support: router({
    ...placementsSupportRouter._def.record,
    emails: placementsSupportEmailsRouter,
    jobs: placementsSupportJobsRouter,
  }),
});
