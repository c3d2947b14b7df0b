import type { DbOrTx } from "../../db.ts";
import type { ServiceName } from "../../auth/session.ts";

export interface EmailMessage {
  to: string;
  subject: string;
  /** Markdown body for the generic Notify template. */
  body: string;
  /** Which e-mail this is, e.g. "claims.claim_submitted" (used by previews, tests and logs). */
  templateKey: string;
  service: ServiceName;
  /** Makes a repeated business action queue the e-mail once (unique in the outbox). */
  idempotencyKey?: string;
}

/**
 * The one way the app sends e-mail: an outbox row written in the caller's transaction, so the
 * e-mail exists exactly when the business change commits. A worker delivers it through GOV.UK
 * Notify later (server/jobs), so a Notify outage never blocks or loses a business action.
 */
export async function queueEmail(tx: DbOrTx, message: EmailMessage) {
  return tx.emailOutbox.create({ data: outboxRow(message), select: { id: true } });
}

/**
 * Like queueEmail, but an e-mail whose idempotency key is already in the outbox is left alone instead of failing
 * (INSERT … ON CONFLICT DO NOTHING, so it is safe inside a transaction and against a concurrent run).
 * Returns whether this call queued it. For repeated sends such as weekly reminders.
 */
export async function queueEmailOnce(tx: DbOrTx, message: EmailMessage & { idempotencyKey: string }): Promise<boolean> {
  return (await queueEmailsOnce(tx, [message])) === 1;
}

/** queueEmailOnce for many e-mails in one statement (a batch of reminders). Returns how many were new. */
export async function queueEmailsOnce(
  tx: DbOrTx,
  messages: (EmailMessage & { idempotencyKey: string })[],
): Promise<number> {
  if (!messages.length) return 0;
  const { count } = await tx.emailOutbox.createMany({ data: messages.map(outboxRow), skipDuplicates: true });
  return count;
}

function outboxRow(message: EmailMessage) {
  return {
    to: message.to.trim().toLowerCase(),
    subject: message.subject,
    body: message.body,
    templateKey: message.templateKey,
    service: message.service,
    idempotencyKey: message.idempotencyKey ?? null,
  };
}
