import { procedures, router } from "../../../trpc/init.ts";
import { exportRateLimited } from "../../../trpc/rate-limited.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { csvStream } from "../../../shared/csv/csv-download.ts";
import { londonDate } from "../../../shared/time/uk-time.ts";
import { listClaimActivities } from "../../../shared/claim-activity/claim-activity.service.ts";
import {
  ClaimFilters,
  FilterOptionsInput,
  ListSupportClaimsInput,
  SupportClaimIdInput,
  SupportDetailsInput,
} from "./support-claims.schema.ts";
import {
  CLAIMS_EXPORT_COLUMNS,
  claimExportBatches,
  claimFilterOptions,
  getSupportClaim,
  listSupportUsers,
  supportClaimsPage,
  updateSupportDetails,
} from "./support-claims.service.ts";
import { z } from "zod";

/** `claims.support.claims.*`: the All claims list, the support claim page and the claims CSV export (support only). */
export const claimsSupportClaimsRouter = router({
  /** The All claims page: filter options, one page of claims and the total, in one statement. */
  list: procedures.claimsSupport
    .input(ListSupportClaimsInput)
    .query(({ ctx, input: { page, schoolSearch, providerSearch, mentorSearch, ...filters } }) =>
      supportClaimsPage(ctx.db, filters, { schoolSearch, providerSearch, mentorSearch }, page),
    ),
  filterOptions: procedures.claimsSupport
    .input(FilterOptionsInput)
    .query(({ ctx, input }) => claimFilterOptions(ctx.db, input)),
  byId: procedures.claimsSupport
    .input(SupportClaimIdInput)
    .query(({ ctx, input }) => getSupportClaim(ctx.db, ctx.user, input.claimId)),
  activities: procedures.claimsSupport
    .input(SupportClaimIdInput.extend({ page: z.number().int().min(1).max(10_000).default(1) }))
    .query(async ({ ctx, input }) => {
      await getSupportClaim(ctx.db, ctx.user, input.claimId);
      return listClaimActivities(ctx.db, { claimId: input.claimId, page: input.page });
    }),
  supportUsers: procedures.claimsSupport.query(({ ctx }) => listSupportUsers(ctx.db)),
  updateSupportDetails: procedures.claimsSupport
    .input(SupportDetailsInput)
    .mutation(({ ctx, input }) => updateSupportDetails(ctx.db, ctx.user, input, { requestId: ctx.requestId })),
  /** The filtered claims as a CSV stream (`claims-YYYY-MM-DD.csv`); rate-limited and recorded in the audit log. */
  exportCsv: procedures.claimsSupport
    .use(exportRateLimited)
    .input(ClaimFilters)
    .mutation(async ({ ctx, input }) => {
      const filename = `claims-${londonDate(new Date())}.csv`;
      await recordAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "claims.exported",
        recordType: "Claim",
        recordId: "export",
        changes: { filters: input, filename },
        requestId: ctx.requestId,
      });
      return { filename, stream: csvStream(CLAIMS_EXPORT_COLUMNS, claimExportBatches(ctx.db, input)) };
    }),
});
