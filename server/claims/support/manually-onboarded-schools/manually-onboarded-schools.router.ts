import { procedures, router } from "../../../trpc/init.ts";
import { ManuallyOnboardedSchoolsInput } from "./manually-onboarded-schools.schema.ts";
import { listManuallyOnboardedSchools } from "./manually-onboarded-schools.service.ts";

/** `claims.support.manuallyOnboardedSchools.list`: schools a support user added by hand (support only). */
export const claimsSupportManuallyOnboardedSchoolsRouter = router({
  list: procedures.claimsSupport
    .input(ManuallyOnboardedSchoolsInput)
    .query(({ ctx, input }) => listManuallyOnboardedSchools(ctx.db, input)),
});
