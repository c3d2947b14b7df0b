import { procedures, router } from "../../../trpc/init.ts";
import { submitRateLimited } from "../../../trpc/rate-limited.ts";
import { ReminderKindInput } from "./reminders.schema.ts";
import { previewReminders, sendReminders } from "./reminders.service.ts";

/** `claims.support.reminders.*`: preview and send the support reminder e-mails (support only). */
export const claimsSupportRemindersRouter = router({
  preview: procedures.claimsSupport
    .input(ReminderKindInput)
    .query(({ ctx, input }) => previewReminders(ctx.db, input.kind)),
  // Sending e-mails in bulk spends the same per-user budget as the steps that move money.
  send: procedures.claimsSupport
    .use(submitRateLimited)
    .input(ReminderKindInput)
    .mutation(({ ctx, input }) => sendReminders(ctx.db, ctx.user, input.kind, { requestId: ctx.requestId })),
});
