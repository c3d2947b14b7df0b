import { procedures, router } from "../../trpc/init.ts";
import { UserDetailsSchema, UserIdInput } from "./user.schema.ts";
import {
  addOrganisationUser,
  getOrganisationUser,
  listOrganisationUsers,
  removeOrganisationUser,
  type OrganisationRef,
} from "./organisation-user.service.ts";

/**
 * Users of an organisation, one router per organisation guard. The guard has checked membership (or support)
 * of ctx.schoolId / ctx.providerId; the service scopes every query to that organisation.
 */
const claimsSchool = (schoolId: string): OrganisationRef => ({ service: "claims", kind: "School", id: schoolId });
const placementsSchool = (schoolId: string): OrganisationRef => ({
  service: "placements",
  kind: "School",
  id: schoolId,
});
const placementsProvider = (providerId: string): OrganisationRef => ({
  service: "placements",
  kind: "Provider",
  id: providerId,
});

export const claimsUserRouter = router({
  list: procedures.claimsSchool.query(({ ctx }) => listOrganisationUsers(ctx.db, claimsSchool(ctx.schoolId))),
  byId: procedures.claimsSchool
    .input(UserIdInput)
    .query(({ ctx, input }) => getOrganisationUser(ctx.db, claimsSchool(ctx.schoolId), input.userId)),
  add: procedures.claimsSchool
    .input(UserDetailsSchema)
    .mutation(({ ctx, input }) =>
      addOrganisationUser(ctx.db, ctx.user, claimsSchool(ctx.schoolId), input, ctx.requestId),
    ),
  remove: procedures.claimsSchool
    .input(UserIdInput)
    .mutation(({ ctx, input }) =>
      removeOrganisationUser(ctx.db, ctx.user, claimsSchool(ctx.schoolId), input.userId, ctx.requestId),
    ),
});

export const placementsSchoolUserRouter = router({
  list: procedures.placementsSchool.query(({ ctx }) => listOrganisationUsers(ctx.db, placementsSchool(ctx.schoolId))),
  byId: procedures.placementsSchool
    .input(UserIdInput)
    .query(({ ctx, input }) => getOrganisationUser(ctx.db, placementsSchool(ctx.schoolId), input.userId)),
  add: procedures.placementsSchool
    .input(UserDetailsSchema)
    .mutation(({ ctx, input }) =>
      addOrganisationUser(ctx.db, ctx.user, placementsSchool(ctx.schoolId), input, ctx.requestId),
    ),
  remove: procedures.placementsSchool
    .input(UserIdInput)
    .mutation(({ ctx, input }) =>
      removeOrganisationUser(ctx.db, ctx.user, placementsSchool(ctx.schoolId), input.userId, ctx.requestId),
    ),
});

export const placementsProviderUserRouter = router({
  list: procedures.placementsProvider.query(({ ctx }) =>
    listOrganisationUsers(ctx.db, placementsProvider(ctx.providerId)),
  ),
  byId: procedures.placementsProvider
    .input(UserIdInput)
    .query(({ ctx, input }) => getOrganisationUser(ctx.db, placementsProvider(ctx.providerId), input.userId)),
  add: procedures.placementsProvider
    .input(UserDetailsSchema)
    .mutation(({ ctx, input }) =>
      addOrganisationUser(ctx.db, ctx.user, placementsProvider(ctx.providerId), input, ctx.requestId),
    ),
  remove: procedures.placementsProvider
    .input(UserIdInput)
    .mutation(({ ctx, input }) =>
      removeOrganisationUser(ctx.db, ctx.user, placementsProvider(ctx.providerId), input.userId, ctx.requestId),
    ),
});
