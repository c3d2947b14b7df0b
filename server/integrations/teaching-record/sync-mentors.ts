import type { Db } from "../../db.ts";
import { logger } from "../../logger.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import type { TeachingRecordClient } from "./teaching-record.client.ts";

/**
 * Nightly mentor name refresh:
 * every mentor's first and last name from the Teaching Record, looked up by TRN alone.
 *
 * - Mentors are read in batches of `batchSize` (300) by id; a batch starts at least `batchIntervalMs` (1 minute) after
 *   the previous one, which keeps to the API's limit of 300 requests a minute, as the reference's batches do.
 * - Within a batch `concurrency` requests run at once.
 * - A mentor the API does not find (404) is left as it is (logged); a failed request (5xx, 429, timeout) is logged and
 *   counted, and the refresh goes on with the next mentor. After `maxConsecutiveFailures` failures in a row the API is
 *   taken to be down and the run stops with an error (the job run is then recorded as failed).
 * - Names are written only when they differ, guarded on the names read (a concurrent change wins), with an audit entry.
 */
export type SyncMentorsOptions = {
  batchSize?: number;
  batchIntervalMs?: number;
  concurrency?: number;
  maxConsecutiveFailures?: number;
  /** Waits between batches (tests pass a no-op). */
  sleep?: (ms: number) => Promise<void>;
};

export type SyncMentorsReport = {
  checked: number;
  updated: number;
  unchanged: number;
  notFound: number;
  failed: number;
};

export function formatSyncMentorsReport(r: SyncMentorsReport): string {
  return `${r.checked} mentors checked: ${r.updated} updated, ${r.unchanged} unchanged, ${r.notFound} not found, ${r.failed} failed`;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type MentorRow = { id: string; trn: string; firstName: string; lastName: string };

export async function syncMentorNames(
  db: Db,
  client: TeachingRecordClient,
  opts: SyncMentorsOptions = {},
): Promise<SyncMentorsReport> {
  const batchSize = opts.batchSize ?? 300;
  const batchIntervalMs = opts.batchIntervalMs ?? 60_000;
  const concurrency = Math.max(1, opts.concurrency ?? 5);
  const maxConsecutiveFailures = opts.maxConsecutiveFailures ?? 25;
  const sleep = opts.sleep ?? wait;
  const report: SyncMentorsReport = { checked: 0, updated: 0, unchanged: 0, notFound: 0, failed: 0 };
  let consecutiveFailures = 0;

  async function syncOne(mentor: MentorRow) {
    let teacher;
    try {
      teacher = await client.findTeacher(mentor.trn);
    } catch (error) {
      report.failed++;
      consecutiveFailures++;
      logger.warn(
        { mentorId: mentor.id, err: error instanceof Error ? error.message : String(error) },
        "mentor name refresh failed",
      );
      return;
    }
    consecutiveFailures = 0;
    if (!teacher) {
      report.notFound++;
      logger.info({ mentorId: mentor.id }, "mentor name refresh: TRN not found in the Teaching Record, left unchanged");
      return;
    }
    if (teacher.firstName === mentor.firstName && teacher.lastName === mentor.lastName) {
      report.unchanged++;
      return;
    }
    const changed = await db.$transaction(async (tx) => {
      const { count } = await tx.mentor.updateMany({
        where: { id: mentor.id, firstName: mentor.firstName, lastName: mentor.lastName },
        data: { firstName: teacher.firstName, lastName: teacher.lastName },
      });
      if (count === 0) return false;
      await recordAudit(tx, {
        actorId: null,
        action: "mentor.names_synced",
        recordType: "Mentor",
        recordId: mentor.id,
        changes: {
          firstName: [mentor.firstName, teacher.firstName],
          lastName: [mentor.lastName, teacher.lastName],
        },
      });
      return true;
    });
    if (changed) report.updated++;
    else report.unchanged++;
  }

  let cursor: string | undefined;
  let batchStartedAt: number | null = null;
  for (;;) {
    const mentors: MentorRow[] = await db.mentor.findMany({
      select: { id: true, trn: true, firstName: true, lastName: true },
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (mentors.length === 0) break;
    if (batchStartedAt !== null) {
      const remaining = batchIntervalMs - (Date.now() - batchStartedAt);
      if (remaining > 0) await sleep(remaining);
    }
    batchStartedAt = Date.now();
    let next = 0;
    const worker = async () => {
      while (next < mentors.length && consecutiveFailures < maxConsecutiveFailures) {
        const mentor = mentors[next++]!;
        report.checked++;
        await syncOne(mentor);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, mentors.length) }, worker));
    if (consecutiveFailures >= maxConsecutiveFailures) {
      throw new Error(
        `Teaching Record API unavailable: stopped after ${consecutiveFailures} failures in a row (${formatSyncMentorsReport(report)})`,
      );
    }
    cursor = mentors[mentors.length - 1]!.id;
    if (mentors.length < batchSize) break;
  }
  return report;
}
