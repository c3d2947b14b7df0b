import { listMyOrganisations } from "../shared/organisation/organisation.service.ts";
import { procedures, router } from "../trpc/init.ts";

/** The placements namespace: `placements.<feature>.<verb>`. Feature routers are merged here. */
export const placementsRouter = router({
  organisation: router({
    mine: procedures.placementsUser.query(({ ctx }) => listMyOrganisations(ctx.db, ctx.user)),
  }),
});
