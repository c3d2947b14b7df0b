import { z } from "zod";
import { procedures, router } from "../../../trpc/init.ts";
import { submitRateLimited } from "../../../trpc/rate-limited.ts";
import { downloadLinkRouter } from "../../../shared/download-link/download-link.router.ts";
import {
  ApplyClawbackResponseInput,
  ApproveClawbackInput,
  CheckClawbackResponseInput,
  ClaimIdInput,
  EditMentorClawbackInput,
  ListClawbacksInput,
  RequestClawbackInput,
} from "./clawbacks.schema.ts";
import {
  applyClawbackResponse,
  approveClawback,
  checkClawbackResponse,
  CLAWBACK_RECORD_TYPE,
  clawbackFileForLink,
  editMentorClawback,
  getClawbackClaim,
  listClawbackClaims,
  requestClawback,
  resendClawbackRequest,
  sendClawbacksToPayer,
} from "./clawbacks.service.ts";

/** Steps that move money: the per-user submit budget applies. */
const moneyStep = procedures.claimsSupport.use(submitRateLimited);

/** `claims.support.clawbacks.*`: the clawback cycle (support only). */
export const claimsSupportClawbacksRouter = router({
  list: procedures.claimsSupport
    .input(ListClawbacksInput)
    .query(({ ctx, input }) => listClawbackClaims(ctx.db, input.page)),
  byId: procedures.claimsSupport.input(ClaimIdInput).query(({ ctx, input }) => getClawbackClaim(ctx.db, input.claimId)),
  request: moneyStep
    .input(RequestClawbackInput)
    .mutation(({ ctx, input }) => requestClawback(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  editMentor: moneyStep
    .input(EditMentorClawbackInput)
    .mutation(({ ctx, input }) => editMentorClawback(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  approve: moneyStep
    .input(ApproveClawbackInput)
    .mutation(({ ctx, input }) => approveClawback(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  send: moneyStep.mutation(({ ctx }) => sendClawbacksToPayer(ctx.db, ctx.user, { requestId: ctx.requestId })),
  resend: moneyStep
    .input(z.object({ activityId: z.string().uuid() }))
    .mutation(({ ctx, input }) => resendClawbackRequest(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  checkResponse: procedures.claimsSupport
    .input(CheckClawbackResponseInput)
    .query(({ ctx, input }) => checkClawbackResponse(ctx.db, input)),
  applyResponse: moneyStep
    .input(ApplyClawbackResponseInput)
    .mutation(({ ctx, input }) => applyClawbackResponse(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
});

/** `claims.clawbackLink.*`: the payer's one-time link to the clawback file (public: the token is the credential). */
export const claimsClawbackLinkRouter = downloadLinkRouter({
  recordType: CLAWBACK_RECORD_TYPE,
  file: clawbackFileForLink,
});
