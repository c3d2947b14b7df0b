import { listMyOrganisations } from "../shared/organisation/organisation.service.ts";
import { procedures, router } from "../trpc/init.ts";
import { claimsSchoolRouter } from "./school/school.router.ts";
import { claimsUserRouter } from "../shared/user/organisation-user.router.ts";
import { claimsSupportOrganisationRouter } from "./support/organisations/organisations.router.ts";
import { claimsSupportUserRouter } from "./support/support-users/support-users.router.ts";

/** The claims namespace: `claims.<feature>.<verb>`. Feature routers are merged here. */
export const claimsRouter = router({
  organisation: router({
    mine: procedures.claimsUser.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.user)),
  }),
  school: claimsSchoolRouter,
  user: claimsUserRouter,
  support: router({
    organisation: claimsSupportOrganisationRouter,
    supportUser: claimsSupportUserRouter,
  }),
});
