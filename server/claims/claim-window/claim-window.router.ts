import { procedures, router } from "../../trpc/init.ts";
import { listAcademicYears } from "../../shared/academic-year/academic-year.service.ts";
import { ClaimWindowIdInput, ClaimWindowInput } from "./claim-window.schema.ts";
import {
  createClaimWindow,
  getClaimWindow,
  listClaimWindows,
  removeClaimWindow,
  updateClaimWindow,
  validateClaimWindow,
} from "./claim-window.service.ts";

const ValidateInput = ClaimWindowInput.and(ClaimWindowIdInput.partial());
const UpdateInput = ClaimWindowInput.and(ClaimWindowIdInput);

/** claims.support.claimWindow.*: support console claim window management. */
export const claimWindowRouter = router({
  list: procedures.claimsSupport.query(({ ctx }) => listClaimWindows(ctx.db)),
  byId: procedures.claimsSupport
    .input(ClaimWindowIdInput)
    .query(({ ctx, input }) => getClaimWindow(ctx.db, input.claimWindowId)),
  academicYears: procedures.claimsSupport.query(({ ctx }) => listAcademicYears(ctx.db)),
  validate: procedures.claimsSupport
    .input(ValidateInput)
    .query(({ ctx, input }) => validateClaimWindow(ctx.db, input, input.claimWindowId)),
  create: procedures.claimsSupport
    .input(ClaimWindowInput)
    .mutation(({ ctx, input }) => createClaimWindow(ctx.db, ctx.user, input, ctx.requestId)),
  update: procedures.claimsSupport
    .input(UpdateInput)
    .mutation(({ ctx, input }) => updateClaimWindow(ctx.db, ctx.user, input.claimWindowId, input, ctx.requestId)),
  remove: procedures.claimsSupport
    .input(ClaimWindowIdInput)
    .mutation(({ ctx, input }) => removeClaimWindow(ctx.db, ctx.user, input.claimWindowId, ctx.requestId)),
});
