import { z } from "zod";
import { procedures, router } from "../../../trpc/init.ts";
import { submitRateLimited } from "../../../trpc/rate-limited.ts";
import { applyProviderResponse, checkProviderResponse } from "./provider-response.service.ts";
import {
  ApplyProviderResponseInput,
  CheckProviderResponseInput,
  CheckSamplingInput,
  UploadSamplingInput,
} from "./sampling.schema.ts";
import { checkSamplingUpload, listSamplingClaims, uploadSampling } from "./sampling.service.ts";

/** Steps that change claims: the per-user submit budget applies. */
const auditStep = procedures.claimsSupport.use(submitRateLimited);

/** `claims.support.sampling.*`: auditing (support only). */
export const claimsSupportSamplingRouter = router({
  list: procedures.claimsSupport
    .input(z.object({ page: z.number().int().min(1).max(100_000).default(1) }))
    .query(({ ctx, input }) => listSamplingClaims(ctx.db, input.page)),
  checkUpload: procedures.claimsSupport
    .input(CheckSamplingInput)
    .query(({ ctx, input }) => checkSamplingUpload(ctx.db, input.rows)),
  upload: auditStep
    .input(UploadSamplingInput)
    .mutation(({ ctx, input }) => uploadSampling(ctx.db, ctx.user, input.rows)),
  checkProviderResponse: procedures.claimsSupport
    .input(CheckProviderResponseInput)
    .query(({ ctx, input }) => checkProviderResponse(ctx.db, input)),
  applyProviderResponse: auditStep
    .input(ApplyProviderResponseInput)
    .mutation(({ ctx, input }) => applyProviderResponse(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
});
