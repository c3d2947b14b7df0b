import { procedures, router } from "../../../trpc/init.ts";
import { exportRateLimited } from "../../../trpc/rate-limited.ts";
import { csvStream } from "../../../shared/csv/csv-download.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { londonDate } from "../../../shared/time/uk-time.ts";
import { UserExportInput } from "./user-export.schema.ts";
import { assertExportWindow, USER_EXPORT_COLUMNS, userExportBatches } from "./user-export.service.ts";

/** `claims.support.userExport.*`: the users of schools with claims as a CSV (support only; rate-limited, audited). */
export const claimsSupportUserExportRouter = router({
  csv: procedures.claimsSupport
    .use(exportRateLimited)
    .input(UserExportInput)
    .mutation(async ({ ctx, input }) => {
      await assertExportWindow(ctx.db, input);
      const filename = `exported_users_${londonDate(new Date()).replace(/-/g, "")}.csv`;
      await recordAudit(ctx.db, {
        actorId: ctx.user.id,
        action: "claims.users_exported",
        recordType: "User",
        recordId: "export",
        changes: { ...input, filename },
        requestId: ctx.requestId,
      });
      return { filename, stream: csvStream(USER_EXPORT_COLUMNS, userExportBatches(ctx.db, input)) };
    }),
});
