/**
 * Runs a job handler and records it in `job_runs` (running → succeeded | failed, with a one-line detail).
 * A process runs one instance of a job at a time; pg-boss's singleton queues keep it to one across processes.
 * "Run now" goes through pg-boss when it is running (so whichever worker is free runs it), else in process.
 */
import type { Db } from "../db.ts";
import { DomainError } from "../errors.ts";
import { logger } from "../logger.ts";
import { processWide } from "../shared/process/process-wide.ts";
import { jobByName, JOBS, type JobDefinition } from "./definitions.ts";

const RETENTION_DAYS = 30;
// One registry per process, shared with the copy of this module inside the Remix build (see processWide): "Run now"
// from a page must see the runs the scheduler started and reach the pg-boss queue it registered.
const registry = processWide("job-runner", () => ({
  running: new Map<string, Promise<void>>(),
  enqueue: null as ((name: string) => Promise<void>) | null,
}));
const running = registry.running;

export type Trigger = "schedule" | "manual";

export async function runJob(db: Db, job: JobDefinition, trigger: Trigger): Promise<void> {
  const existing = running.get(job.name);
  if (existing) return existing;
  const promise = (async () => {
    const startedAt = new Date();
    let runId: string | null = null;
    // Frequent no-op runs (delivery with nothing queued) are not recorded: the row is created on first output.
    if (job.name !== "email-delivery")
      runId = (await db.jobRun.create({ data: { name: job.name, trigger, startedAt } })).id;
    try {
      const detail = await job.run(db);
      if (runId)
        await db.jobRun.update({ where: { id: runId }, data: { status: "succeeded", detail, finishedAt: new Date() } });
      else if (detail)
        await db.jobRun.create({
          data: { name: job.name, trigger, startedAt, status: "succeeded", detail, finishedAt: new Date() },
        });
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      logger.error({ job: job.name, err: detail }, "job failed");
      const data = { status: "failed", detail, finishedAt: new Date() };
      if (runId) await db.jobRun.update({ where: { id: runId }, data });
      else await db.jobRun.create({ data: { name: job.name, trigger, startedAt, ...data } });
    }
    await db.jobRun.deleteMany({
      where: { name: job.name, startedAt: { lt: new Date(Date.now() - RETENTION_DAYS * 86_400_000) } },
    });
  })().finally(() => running.delete(job.name));
  running.set(job.name, promise);
  return promise;
}

/** Set by startBackground when pg-boss runs, so "Run now" is queued instead of run in the web request's process. */
export function setJobQueue(fn: ((name: string) => Promise<void>) | null) {
  registry.enqueue = fn;
}

/** Waits for in-process runs to finish (shutdown, tests). */
export async function settleRunningJobs() {
  await Promise.allSettled([...running.values()]);
}

/** "Run now" from the support console: imports only. Returns without waiting for the run. */
export async function startJobNow(db: Db, name: string): Promise<{ title: string }> {
  const job = jobByName(name);
  if (!job || !job.manual) throw new DomainError("Choose a job that can be run now", "name");
  if (running.has(job.name)) throw new DomainError(`${job.title} is already running`, "name");
  if (registry.enqueue) await registry.enqueue(job.name);
  else void runJob(db, job, "manual");
  return { title: job.title };
}

export type JobSummary = {
  name: string;
  title: string;
  schedule: string;
  manual: boolean;
  runs: {
    id: string;
    trigger: string;
    status: string;
    detail: string | null;
    startedAt: string;
    finishedAt: string | null;
  }[];
};

/** Every job with its latest runs, for the support "Jobs" page. */
export async function listJobs(
  db: Db,
  opts: { schedulesEnabled: boolean; runsPerJob?: number },
): Promise<JobSummary[]> {
  return Promise.all(
    JOBS.map(async (job) => {
      const runs = await db.jobRun.findMany({
        where: { name: job.name },
        orderBy: { startedAt: "desc" },
        take: opts.runsPerJob ?? 5,
      });
      return {
        name: job.name,
        title: job.title,
        schedule:
          job.alwaysScheduled || opts.schedulesEnabled
            ? job.scheduleText
            : "Not scheduled here (JOBS_SCHEDULES_ENABLED is off)",
        manual: job.manual,
        runs: runs.map((r) => ({
          id: r.id,
          trigger: r.trigger,
          status: r.status,
          detail: r.detail,
          startedAt: r.startedAt.toISOString(),
          finishedAt: r.finishedAt?.toISOString() ?? null,
        })),
      };
    }),
  );
}
