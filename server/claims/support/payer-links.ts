/**
 * The payer's side of the money cycle, shared by payments and clawbacks: the payer's e-mail addresses and one
 * one-time download link + e-mail per address for a batch record (a Payment, a Clawback) that keeps its CSV.
 */
import type { SessionUser } from "../../auth/session.ts";
import type { Db, DbOrTx } from "../../db.ts";
import { appOrigin, env } from "../../env.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import {
  recordClaimActivity,
  type ClaimActivityAction,
  type ClaimActivityRecordType,
} from "../../shared/claim-activity/claim-activity.service.ts";
import { issueDownloadLink } from "../../shared/download-link/download-link.service.ts";
import { queueEmail } from "../../shared/email/email.service.ts";
import type { RenderedEmail } from "../../shared/email/templates.ts";

/** PAYER_EMAIL_ADDRESSES; none set up is a problem support can report (nothing is sent). */
export function payerAddresses() {
  const addresses = env().PAYER_EMAIL_ADDRESSES;
  if (addresses.length === 0)
    throw new DomainError("There are no payer e-mail addresses set up (PAYER_EMAIL_ADDRESSES)");
  return addresses;
}

/** A fresh one-time link per payer address and the e-mail carrying it (sending and resending). */
export async function emailPayerLinks(
  tx: DbOrTx,
  batch: { recordType: string; recordId: string; linkPath: string; email: (downloadUrl: string) => RenderedEmail },
  now: Date,
) {
  for (const emailAddress of payerAddresses()) {
    const { token } = await issueDownloadLink(
      tx,
      { recordType: batch.recordType, recordId: batch.recordId, emailAddress },
      now,
    );
    const downloadUrl = `${appOrigin()}${batch.linkPath}?token=${token}`;
    await queueEmail(tx, { to: emailAddress, service: "claims", ...batch.email(downloadUrl) });
  }
}

/** A kind of batch sent to the payer: how it is logged and e-mailed. */
export interface PayerBatchKind {
  recordType: ClaimActivityRecordType;
  linkPath: string;
  email: (downloadUrl: string) => RenderedEmail;
  /** The activity that sent the batch, and the one a resend records. */
  deliveredAction: ClaimActivityAction;
  resentAction: ClaimActivityAction;
  /** The audit log action of a resend, e.g. "payment.resent_to_payer". */
  auditAction: string;
}

/**
 * "Resend payer e-mail" from the activity log: new links for the batch the activity sent (each address's earlier
 * unused link stops working) and their e-mails, with an activity and an audit entry.
 */
export async function resendPayerBatch(
  db: Db,
  actor: SessionUser,
  kind: PayerBatchKind,
  input: { activityId: string },
  meta: { requestId?: string } = {},
  now = new Date(),
) {
  payerAddresses();
  return db.$transaction(async (tx) => {
    const activity = await tx.claimActivity.findFirst({
      where: { id: input.activityId, action: kind.deliveredAction, recordType: kind.recordType },
      select: { recordId: true, claims: { select: { claimId: true } } },
    });
    if (!activity) throw new NotFoundError(kind.recordType);
    await emailPayerLinks(
      tx,
      { recordType: kind.recordType, recordId: activity.recordId, linkPath: kind.linkPath, email: kind.email },
      now,
    );
    await recordClaimActivity(tx, {
      action: kind.resentAction,
      userId: actor.id,
      recordType: kind.recordType,
      recordId: activity.recordId,
      claimIds: activity.claims.map((c) => c.claimId),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: kind.auditAction,
      recordType: kind.recordType,
      recordId: activity.recordId,
      requestId: meta.requestId,
    });
    return { recordId: activity.recordId };
  });
}
