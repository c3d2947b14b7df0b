import { z } from "zod";
import { env } from "../../env.ts";
import { listJobs, startJobNow } from "../../jobs/runner.ts";
import { emailPreviews } from "../../shared/email/templates.ts";
import { procedures, router } from "../../trpc/init.ts";

/** claims.support.emails.* — previews of every e-mail the claims service sends. */
export const claimsSupportEmailsRouter = router({
  list: procedures.claimsSupport.query(() => emailPreviews("claims")),
});

export const RunJobInput = z.object({ name: z.string().min(1, "Choose a job") });

/** claims.support.jobs.* — background jobs, their last runs, and "Run now" for the imports. */
export const claimsSupportJobsRouter = router({
  list: procedures.claimsSupport.query(({ ctx }) =>
    listJobs(ctx.db, { schedulesEnabled: env().JOBS_SCHEDULES_ENABLED }),
  ),
  runNow: procedures.claimsSupport.input(RunJobInput).mutation(({ ctx, input }) => startJobNow(ctx.db, input.name)),
});
