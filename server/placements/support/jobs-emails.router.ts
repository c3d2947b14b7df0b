import { env } from "../../env.ts";
import { listJobs, startJobNow } from "../../jobs/runner.ts";
import { emailPreviews } from "../../shared/email/templates.ts";
import { procedures, router } from "../../trpc/init.ts";
import { RunJobInput } from "../../claims/support/jobs-emails.router.ts";

/** placements.support.emails.* — previews of every e-mail the placements service sends. */
export const placementsSupportEmailsRouter = router({
  list: procedures.placementsSupport.query(() => emailPreviews("placements")),
});

/** placements.support.jobs.* — background jobs, their last runs, and "Run now" for the imports. */
export const placementsSupportJobsRouter = router({
  list: procedures.placementsSupport.query(({ ctx }) =>
    listJobs(ctx.db, { schedulesEnabled: env().JOBS_SCHEDULES_ENABLED }),
  ),
  runNow: procedures.placementsSupport.input(RunJobInput).mutation(({ ctx, input }) => startJobNow(ctx.db, input.name)),
});
