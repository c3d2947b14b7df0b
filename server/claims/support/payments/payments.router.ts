import { z } from "zod";
import { procedures, router } from "../../../trpc/init.ts";
import { submitRateLimited } from "../../../trpc/rate-limited.ts";
import { downloadLinkRouter } from "../../../shared/download-link/download-link.router.ts";
import {
  ApplyPayerResponseInput,
  CheckPayerResponseInput,
  PaymentActionInput,
  SendClaimsInput,
} from "./payments.schema.ts";
import {
  applyPayerResponse,
  checkPayerResponse,
  listPaymentClaims,
  PAYMENT_RECORD_TYPE,
  payableClaimWindows,
  paymentFileForLink,
  recordPaymentAction,
  resendPaymentRequest,
  sendClaimsToPayer,
} from "./payments.service.ts";

/** Steps that move money: the per-user submit budget applies. */
const moneyStep = procedures.claimsSupport.use(submitRateLimited);

/** `claims.support.payments.*`: the payments cycle (support only). */
export const claimsSupportPaymentsRouter = router({
  list: procedures.claimsSupport
    .input(z.object({ page: z.number().int().min(1).max(100_000).default(1) }))
    .query(({ ctx, input }) => listPaymentClaims(ctx.db, input.page)),
  claimWindows: procedures.claimsSupport.query(({ ctx }) => payableClaimWindows(ctx.db)),
  send: moneyStep
    .input(SendClaimsInput)
    .mutation(({ ctx, input }) => sendClaimsToPayer(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  resend: moneyStep
    .input(z.object({ activityId: z.string().uuid() }))
    .mutation(({ ctx, input }) => resendPaymentRequest(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  checkResponse: procedures.claimsSupport
    .input(CheckPayerResponseInput)
    .query(({ ctx, input }) => checkPayerResponse(ctx.db, input)),
  applyResponse: moneyStep
    .input(ApplyPayerResponseInput)
    .mutation(({ ctx, input }) => applyPayerResponse(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  recordAction: moneyStep
    .input(PaymentActionInput)
    .mutation(({ ctx, input }) => recordPaymentAction(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
});

/** `claims.paymentLink.*`: the payer's one-time link to the payment file (public: the token is the credential). */
export const claimsPaymentLinkRouter = downloadLinkRouter({
  recordType: PAYMENT_RECORD_TYPE,
  file: paymentFileForLink,
});
