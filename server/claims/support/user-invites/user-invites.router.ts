import { procedures, router } from "../../../trpc/init.ts";
import { submitRateLimited } from "../../../trpc/rate-limited.ts";
import {
  ApplyUserInvitesInput,
  CheckProviderUserInvitesInput,
  CheckSchoolUserInvitesInput,
} from "./user-invites.schema.ts";
import { applyUserInvites, checkProviderUserInvites, checkSchoolUserInvites } from "./user-invites.service.ts";

/** `claims.support.schoolUserInvites.*`: the "Invite school users" upload (support only). */
export const claimsSupportSchoolUserInvitesRouter = router({
  check: procedures.claimsSupport
    .input(CheckSchoolUserInvitesInput)
    .query(({ ctx, input }) => checkSchoolUserInvites(ctx.db, input.rows)),
  invite: procedures.claimsSupport
    .use(submitRateLimited)
    .input(ApplyUserInvitesInput)
    .mutation(({ ctx, input }) => applyUserInvites(ctx.db, ctx.user, "School", input, { requestId: ctx.requestId })),
});

/** `claims.support.providerUserInvites.*`: the "Invite provider users" upload (support only). */
export const claimsSupportProviderUserInvitesRouter = router({
  check: procedures.claimsSupport
    .input(CheckProviderUserInvitesInput)
    .query(({ ctx, input }) => checkProviderUserInvites(ctx.db, input.rows)),
  invite: procedures.claimsSupport
    .use(submitRateLimited)
    .input(ApplyUserInvitesInput)
    .mutation(({ ctx, input }) => applyUserInvites(ctx.db, ctx.user, "Provider", input, { requestId: ctx.requestId })),
});
