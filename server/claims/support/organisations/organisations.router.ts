import { z } from "zod";
import { procedures, router } from "../../../trpc/init.ts";
import {
  OnboardSearchSchema,
  ManualOrganisationSchema,
  OrganisationSearchInput,
} from "../../../shared/organisation/organisation.schema.ts";
import { findSchoolCandidates, searchClaimsSchools } from "../../../shared/organisation/organisation-search.service.ts";
import {
  addManualClaimsOrganisation,
  getSchoolForOnboarding,
  listRegions,
  onboardSchool,
} from "../../../shared/organisation/onboarding.service.ts";

const SchoolIdInput = z.object({ schoolId: z.string().uuid() });

/** claims.support.organisation.* — the claims console's organisations list and onboarding. */
export const claimsSupportOrganisationRouter = router({
  list: procedures.claimsSupport
    .input(OrganisationSearchInput)
    .query(({ ctx, input }) => searchClaimsSchools(ctx.db, input)),
  candidates: procedures.claimsSupport
    .input(OnboardSearchSchema)
    .query(({ ctx, input }) => findSchoolCandidates(ctx.db, "claims", input.query)),
  school: procedures.claimsSupport
    .input(SchoolIdInput)
    .query(({ ctx, input }) => getSchoolForOnboarding(ctx.db, input.schoolId)),
  regions: procedures.claimsSupport.query(({ ctx }) => listRegions(ctx.db)),
  onboardSchool: procedures.claimsSupport
    .input(SchoolIdInput)
    .mutation(({ ctx, input }) => onboardSchool(ctx.db, ctx.user, "claims", input.schoolId, ctx.requestId)),
  addManual: procedures.claimsSupport
    .input(ManualOrganisationSchema)
    .mutation(({ ctx, input }) => addManualClaimsOrganisation(ctx.db, ctx.user, input, ctx.requestId)),
});
