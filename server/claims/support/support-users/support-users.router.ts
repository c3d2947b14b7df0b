import { procedures, router } from "../../../trpc/init.ts";
import { ClaimsSupportUserSchema, UserIdInput } from "../../../shared/user/user.schema.ts";
import {
  addSupportUser,
  getSupportUser,
  listSupportUsers,
  removeSupportUser,
} from "../../../shared/user/support-user.service.ts";

/** claims.support.supportUser.* — DfE support users of the claims service. */
export const claimsSupportUserRouter = router({
  list: procedures.claimsSupport.query(({ ctx }) => listSupportUsers(ctx.db, "claims")),
  byId: procedures.claimsSupport
    .input(UserIdInput)
    .query(({ ctx, input }) => getSupportUser(ctx.db, "claims", input.userId)),
  add: procedures.claimsSupport
    .input(ClaimsSupportUserSchema)
    .mutation(({ ctx, input }) => addSupportUser(ctx.db, ctx.user, "claims", input, ctx.requestId)),
  remove: procedures.claimsSupport
    .input(UserIdInput)
    .mutation(({ ctx, input }) => removeSupportUser(ctx.db, ctx.user, "claims", input.userId, ctx.requestId)),
});
