/**
 * Outbox → GOV.UK Notify delivery.
 *
 * 1. Claim: one statement moves due rows to 'sending' with `FOR UPDATE SKIP LOCKED`, so two workers (processes or
 *    connections) never claim the same row. Claiming increments `attempts` and sets `next_attempt_at` to the end of a
 *    lease (LEASE_MS). A row left in 'sending' past its lease (the worker died) is claimed again.
 * 2. Send through Notify with the generic template, the outbox id as Notify `reference`, the subject prefixed with
 *    "[<ENVIRONMENT_NAME>] " outside production.
 * 3. Success is recorded by the statement that ends 'sending' (status 'sent' + notify_id + sent_at): from then on the row
 *    is never claimed again, so an e-mail Notify accepted is not sent twice by this system.
 *    At-least-once edge: if the process dies after Notify accepted the request and before that statement commits (or
 *    the request times out after Notify accepted it), the outcome is uncertain. Before sending such a row again the
 *    worker asks Notify for a notification with that reference (GET /v2/notifications?reference=<outbox id>) and, if
 *    one exists, records it as sent instead of sending. Only when Notify cannot answer that lookup is the e-mail sent
 *    again (at least once, never silently lost). The lease (10 min) is far longer than the HTTP timeout (15 s), so a
 *    live worker always records its result before another worker could take the row over.
 * 4. Failure: 400 (invalid request) fails at once; anything else goes back to 'pending' with exponential backoff
 *    (30 s × 2^(attempts−1), at most 1 h) until `maxAttempts`, then 'failed'. The update is fenced on `attempts`, so a
 *    worker whose lease was taken over cannot overwrite the new owner's outcome.
 * 5. Rate limit: at most `perMinute` (100) e-mails leave per rolling minute, counting rows sent in the last minute and
 *    rows being sent, across all workers (the reference's NotifyRateLimiter sends batches of 100 per minute).
 * 6. Claims e-mails created on a bank holiday get `hold_until` = 09:00 London on the next working day before claiming.
 */
import type { Db } from "../db.ts";
import { logger } from "../logger.ts";
import { nextWorkingDayStart } from "../integrations/bank-holidays/bank-holidays.ts";
import { londonDate } from "../shared/time/uk-time.ts";
import { NotifyError, type EmailSender } from "../integrations/notify/notify-client.ts";
import { subjectForEnvironment } from "../shared/email/templates.ts";

export const LEASE_MS = 10 * 60 * 1000;
export const PER_MINUTE = 100;

export type DeliveryOptions = {
  sender: EmailSender;
  maxAttempts: number;
  environmentName: string;
  production: boolean;
  perMinute?: number;
  leaseMs?: number;
};

export type DeliveryResult = { claimed: number; sent: number; retrying: number; failed: number; held: number };

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

type ClaimedRow = {
  id: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
  lastError: string | null;
  previousStatus: string;
};

export const UNCERTAIN = "[uncertain] ";

/** Sets hold_until on pending claims e-mails created on a bank holiday (London date). Returns how many. */
export async function applyBankHolidayHolds(db: Db): Promise<number> {
  const rows = await db.$queryRaw<{ id: string; created_at: Date }[]>`
    SELECT o.id::text AS id, o.created_at
    FROM email_outbox o
    JOIN bank_holidays b ON b.date = (o.created_at AT TIME ZONE 'Europe/London')::date
    WHERE o.status = 'pending' AND o.service = 'claims' AND o.hold_until IS NULL`;
  if (!rows.length) return 0;
  const holidays = new Set(
    (await db.bankHoliday.findMany({ select: { date: true } })).map((b) => b.date.toISOString().slice(0, 10)),
  );
  for (const row of rows) {
    const holdUntil = nextWorkingDayStart(londonDate(row.created_at), holidays);
    await db.emailOutbox.updateMany({ where: { id: row.id, status: "pending", holdUntil: null }, data: { holdUntil } });
  }
  return rows.length;
}

async function claim(db: Db, limit: number, leaseMs: number, maxAttempts: number): Promise<ClaimedRow[]> {
  // Rows stuck in 'sending' that have used every attempt are not retried (they may have been accepted).
  await db.$executeRaw`
    UPDATE email_outbox SET status = 'failed', last_error = 'Stopped in sending after the last attempt (worker stopped); not retried'
    WHERE status = 'sending' AND next_attempt_at <= now() AND attempts >= ${maxAttempts}::int`;
  return db.$queryRaw<ClaimedRow[]>`
    WITH due AS (
      SELECT id, status::text AS previous_status FROM email_outbox
      WHERE status IN ('pending', 'sending') AND next_attempt_at <= now() AND (hold_until IS NULL OR hold_until <= now())
      ORDER BY next_attempt_at, created_at
      LIMIT ${limit}::int
      FOR UPDATE SKIP LOCKED
    )
    UPDATE email_outbox o
    SET status = 'sending', attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => ${leaseMs / 1000}::double precision)
    FROM due WHERE o.id = due.id
    RETURNING o.id::text AS id, o."to", o.subject, o.body, o.attempts, o.last_error AS "lastError", due.previous_status AS "previousStatus"`;
}

async function budget(db: Db, perMinute: number): Promise<number> {
  const [row] = await db.$queryRaw<{ used: bigint | number }[]>`
    SELECT count(*) AS used FROM email_outbox
    WHERE (status = 'sent' AND sent_at > now() - interval '1 minute')
       OR (status = 'sending' AND next_attempt_at > now())`;
  return Math.max(0, perMinute - Number(row?.used ?? 0));
}

export async function deliverPendingEmails(db: Db, opts: DeliveryOptions): Promise<DeliveryResult> {
  const result: DeliveryResult = { claimed: 0, sent: 0, retrying: 0, failed: 0, held: 0 };
  result.held = await applyBankHolidayHolds(db);
  const limit = await budget(db, opts.perMinute ?? PER_MINUTE);
  if (limit === 0) return result;
  const rows = await claim(db, limit, opts.leaseMs ?? LEASE_MS, opts.maxAttempts);
  result.claimed = rows.length;
  for (const row of rows) {
    try {
      // The last attempt may have reached Notify (timeout, or a worker died while sending): ask Notify first.
      const uncertain = row.previousStatus === "sending" || Boolean(row.lastError?.startsWith(UNCERTAIN));
      const already = uncertain && opts.sender.findByReference ? await opts.sender.findByReference(row.id) : undefined;
      const { notifyId } = already
        ? { notifyId: already }
        : await opts.sender.send({
            to: row.to,
            subject: subjectForEnvironment(row.subject, {
              production: opts.production,
              environmentName: opts.environmentName,
            }),
            body: row.body,
            reference: row.id,
          });
      await db.emailOutbox.updateMany({
        where: { id: row.id, status: "sending" },
        data: { status: "sent", notifyId, sentAt: new Date(), lastError: null },
      });
      result.sent++;
    } catch (error) {
      const retryable = error instanceof NotifyError ? error.retryable : true;
      const giveUp = !retryable || row.attempts >= opts.maxAttempts;
      const prefix = error instanceof NotifyError && error.uncertain ? UNCERTAIN : "";
      const message = prefix + (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      await db.emailOutbox.updateMany({
        where: { id: row.id, status: "sending", attempts: row.attempts },
        data: giveUp
          ? { status: "failed", lastError: message }
          : { status: "pending", lastError: message, nextAttemptAt: new Date(Date.now() + backoffMs(row.attempts)) },
      });
      if (giveUp) result.failed++;
      else result.retrying++;
      logger.warn({ outboxId: row.id, attempts: row.attempts, giveUp, err: message }, "e-mail delivery failed");
    }
  }
  if (result.claimed) logger.info(result, "e-mail delivery run");
  return result;
}
