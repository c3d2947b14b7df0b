import { z } from "zod";
import { procedures, router } from "../../../trpc/init.ts";
import {
  claimActivityCsv,
  getClaimActivity,
  listClaimActivities,
} from "../../../shared/claim-activity/claim-activity.service.ts";
import { downloadLinksOf } from "../../../shared/download-link/download-link.service.ts";

/** `claims.support.activity.*`: the claims activity log (support only). */
export const claimsSupportActivityRouter = router({
  list: procedures.claimsSupport
    .input(z.object({ page: z.number().int().min(1).max(100_000).default(1) }))
    .query(({ ctx, input }) => listClaimActivities(ctx.db, { page: input.page })),
  byId: procedures.claimsSupport.input(z.object({ activityId: z.string().uuid() })).query(async ({ ctx, input }) => {
    const activity = await getClaimActivity(ctx.db, input.activityId);
    const links = await downloadLinksOf(ctx.db, { recordType: activity.recordType, recordId: activity.recordId });
    return { ...activity, links };
  }),
  csv: procedures.claimsSupport
    .input(z.object({ activityId: z.string().uuid() }))
    .query(({ ctx, input }) => claimActivityCsv(ctx.db, input.activityId)),
});
