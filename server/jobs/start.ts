/**
 * Starts background work and returns a function that stops it cleanly.
 *
 * - PostgreSQL (DATABASE_URL): pg-boss in its own schema "pgboss". One singleton queue and worker per job; cron
 *   schedules (Europe/London) for outbox delivery (every minute) and session purge (hourly) always, and for the
 *   imports only when JOBS_SCHEDULES_ENABLED=true (otherwise their schedules are removed). Several app processes
 *   share the queues: each scheduled run happens once.
 * - Embedded PGlite: the same handlers on in-process intervals (unref'd timers), imports only with the flag.
 * Runs are recorded in job_runs (server/jobs/runner.ts). Set JOBS_DISABLED=true to start nothing.
 */
import PgBoss from "pg-boss";
import { getDb, type Db } from "../db.ts";
import { env } from "../env.ts";
import { logger } from "../logger.ts";
import { JOBS, jobByName } from "./definitions.ts";
import { runJob, setJobQueue, settleRunningJobs, type Trigger } from "./runner.ts";

export const PGBOSS_SCHEMA = "pgboss";

export async function startBackground(): Promise<() => Promise<void>> {
  if (process.env.JOBS_DISABLED === "true") return async () => {};
  const config = env();
  const db = await getDb();
  if (config.DATABASE_URL) return startPgBoss(db, config.DATABASE_URL, config.JOBS_SCHEDULES_ENABLED);
  return startIntervals(db, config.JOBS_SCHEDULES_ENABLED);
}

async function startPgBoss(db: Db, connectionString: string, schedulesEnabled: boolean) {
  const boss = new PgBoss({ connectionString, schema: PGBOSS_SCHEMA, application_name: "itt-jobs", max: 4 });
  boss.on("error", (err) => logger.error({ err: err.message }, "pg-boss error"));
  await boss.start();
  for (const job of JOBS) {
    const queue = {
      name: job.name,
      policy: "singleton",
      retryLimit: 0,
      expireInSeconds: (job.maxRunMinutes ?? 15) * 60,
    } as const;
    if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
    else await boss.createQueue(job.name, queue);
    await boss.work<{ trigger?: Trigger }>(job.name, { pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const j of jobs) await runJob(db, job, j.data?.trigger ?? "schedule");
    });
    if (job.alwaysScheduled || schedulesEnabled) {
      await boss.schedule(job.name, job.cron, { trigger: "schedule" }, { tz: "Europe/London" });
    } else {
      await boss.unschedule(job.name);
    }
  }
  setJobQueue(async (name) => {
    if (!jobByName(name)) return;
    await boss.send(name, { trigger: "manual" });
  });
  logger.info({ mode: "pg-boss", schedulesEnabled }, "background jobs started");
  return async () => {
    setJobQueue(null);
    await boss.stop({ graceful: true, wait: true, timeout: 8000 });
    await settleRunningJobs();
  };
}

function startIntervals(db: Db, schedulesEnabled: boolean) {
  const timers: NodeJS.Timeout[] = [];
  for (const job of JOBS) {
    if (!job.alwaysScheduled && !schedulesEnabled) continue;
    const timer = setInterval(() => void runJob(db, job, "schedule"), job.intervalMs);
    timer.unref();
    timers.push(timer);
  }
  logger.info({ mode: "in-process", schedulesEnabled }, "background jobs started");
  return async () => {
    for (const t of timers) clearInterval(t);
    await settleRunningJobs();
  };
}
