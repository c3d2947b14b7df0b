/**
 * The payer's side of the money cycle, shared by payments and clawbacks: the payer's e-mail addresses and one
 * one-time download link + e-mail per address for a batch record (a Payment, a Clawback) that keeps its CSV.
 */
import type { DbOrTx } from "../../db.ts";
import { appOrigin, env } from "../../env.ts";
import { DomainError } from "../../errors.ts";
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
