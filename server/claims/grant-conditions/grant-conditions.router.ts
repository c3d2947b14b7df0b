import { procedures, router, SchoolScopedInput } from "../../trpc/init.ts";
import {
  acceptGrantConditions,
  getGrantConditions,
  getSchoolDetails,
  removeGrantConditionsAcceptance,
} from "./grant-conditions.service.ts";

/** claims.grantConditions.*: accepting (school members) and removing an acceptance (support only). */
export const claimsGrantConditionsRouter = router({
  show: procedures.claimsSchool.query(({ ctx }) => getGrantConditions(ctx.db, ctx.schoolId)),
  accept: procedures.claimsSchool.mutation(({ ctx }) =>
    acceptGrantConditions(ctx.db, ctx.user, ctx.schoolId, ctx.requestId),
  ),
  schoolDetails: procedures.claimsSchool.query(({ ctx }) => getSchoolDetails(ctx.db, ctx.schoolId)),
  removeAcceptance: procedures.claimsSupport
    .input(SchoolScopedInput)
    .mutation(({ ctx, input }) => removeGrantConditionsAcceptance(ctx.db, ctx.user, input.schoolId, ctx.requestId)),
});
