import { procedures, router } from "../../../trpc/init.ts";
import { submitRateLimited } from "../../../trpc/rate-limited.ts";
import { CheckEligibleSchoolsInput, MakeSchoolsEligibleInput } from "./eligible-schools.schema.ts";
import { checkEligibleSchools, makeSchoolsEligible } from "./eligible-schools.service.ts";

/** `claims.support.eligibleSchools.*`: the "Make schools eligible" upload (support only). */
export const claimsSupportEligibleSchoolsRouter = router({
  check: procedures.claimsSupport
    .input(CheckEligibleSchoolsInput)
    .query(({ ctx, input }) => checkEligibleSchools(ctx.db, input.claimWindowId, input.rows)),
  makeEligible: procedures.claimsSupport
    .use(submitRateLimited)
    .input(MakeSchoolsEligibleInput)
    .mutation(({ ctx, input }) => makeSchoolsEligible(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
});
