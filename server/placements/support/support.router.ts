import { z } from "zod";
import { procedures, router } from "../../trpc/init.ts";
import { UserDetailsSchema, UserIdInput } from "../../shared/user/user.schema.ts";
import {
  addSupportUser,
  getSupportUser,
  listSupportUsers,
  removeSupportUser,
} from "../../shared/user/support-user.service.ts";
import {
  OnboardProviderSearchSchema,
  OnboardSearchSchema,
  PlacementsOrganisationSearchInput,
} from "../../shared/organisation/organisation.schema.ts";
import { getPlacementsOrganisation } from "./organisation.service.ts";
import {
  findProviderCandidates,
  findSchoolCandidates,
  searchPlacementsOrganisations,
} from "../../shared/organisation/organisation-search.service.ts";
import {
  getProviderForOnboarding,
  getSchoolForOnboarding,
  onboardProvider,
  onboardSchool,
} from "../../shared/organisation/onboarding.service.ts";

const SchoolIdInput = z.object({ schoolId: z.string().uuid() });
const ProviderIdInput = z.object({ providerId: z.string().uuid() });

/** placements.support.* — the placements console. */
export const placementsSupportRouter = router({
  organisation: router({
    list: procedures.placementsSupport
      .input(PlacementsOrganisationSearchInput)
      .query(({ ctx, input }) => searchPlacementsOrganisations(ctx.db, input)),
    byId: procedures.placementsSupport
      .input(z.object({ organisationId: z.string().uuid() }))
      .query(({ ctx, input }) => getPlacementsOrganisation(ctx.db, input.organisationId)),
    schoolCandidates: procedures.placementsSupport
      .input(OnboardSearchSchema)
      .query(({ ctx, input }) => findSchoolCandidates(ctx.db, "placements", input.query)),
    providerCandidates: procedures.placementsSupport
      .input(OnboardProviderSearchSchema)
      .query(({ ctx, input }) => findProviderCandidates(ctx.db, input.query)),
    school: procedures.placementsSupport
      .input(SchoolIdInput)
      .query(({ ctx, input }) => getSchoolForOnboarding(ctx.db, input.schoolId)),
    provider: procedures.placementsSupport
      .input(ProviderIdInput)
      .query(({ ctx, input }) => getProviderForOnboarding(ctx.db, input.providerId)),
    onboardSchool: procedures.placementsSupport
      .input(SchoolIdInput)
      .mutation(({ ctx, input }) => onboardSchool(ctx.db, ctx.user, "placements", input.schoolId, ctx.requestId)),
    onboardProvider: procedures.placementsSupport
      .input(ProviderIdInput)
      .mutation(({ ctx, input }) => onboardProvider(ctx.db, ctx.user, input.providerId, ctx.requestId)),
  }),
  supportUser: router({
    list: procedures.placementsSupport.query(({ ctx }) => listSupportUsers(ctx.db, "placements")),
    byId: procedures.placementsSupport
      .input(UserIdInput)
      .query(({ ctx, input }) => getSupportUser(ctx.db, "placements", input.userId)),
    add: procedures.placementsSupport
      .input(UserDetailsSchema)
      .mutation(({ ctx, input }) => addSupportUser(ctx.db, ctx.user, "placements", input, ctx.requestId)),
    remove: procedures.placementsSupport
      .input(UserIdInput)
      .mutation(({ ctx, input }) => removeSupportUser(ctx.db, ctx.user, "placements", input.userId, ctx.requestId)),
  }),
});
