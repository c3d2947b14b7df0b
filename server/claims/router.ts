import { listMyOrganisations } from "../shared/organisation/organisation.service.ts";
import { procedures, router } from "../trpc/init.ts";
import { claimsSchoolRouter } from "./school/school.router.ts";

/** The claims namespace: `claims.<feature>.<verb>`. Feature routers are merged here. */
export const claimsRouter = router({
  organisation: router({
    mine: procedures.claimsUser.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.user)),
  }),
  school: claimsSchoolRouter,
});
