/**
 * One-time download links e-mailed to people without an account (the payer, providers' audit contacts):
 *
 * - the token is 32 random bytes (base64url) sent only in the e-mail; the database keeps its SHA-256, so a leaked
 *   database cannot be turned into working links;
 * - a link expires 7 days after it was issued;
 * - the first download marks it used with a conditional update (`downloaded_at IS NULL AND expires_at > now`), so two
 *   clicks at once still download once;
 * - issuing a new link for the same record and address ("resend") ends the earlier unused ones.
 *
 * A link points at a record (`recordType`/`recordId`, e.g. a Payment); the feature decides what file that record gives.
 */
import { createHash, randomBytes } from "node:crypto";
import type { DbOrTx } from "../../db.ts";

export const DOWNLOAD_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type DownloadLinkTarget = { recordType: string; recordId: string };

export function downloadTokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a link for one recipient and returns the secret token (put it in the e-mail; it is not stored). */
export async function issueDownloadLink(
  tx: DbOrTx,
  target: DownloadLinkTarget & { emailAddress: string },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const emailAddress = target.emailAddress.trim().toLowerCase();
  await tx.downloadAccessToken.updateMany({
    where: {
      activityRecordType: target.recordType,
      activityRecordId: target.recordId,
      emailAddress,
      downloadedAt: null,
      expiresAt: { gt: now },
    },
    data: { expiresAt: now },
  });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_LIFETIME_MS);
  await tx.downloadAccessToken.create({
    data: {
      activityRecordType: target.recordType,
      activityRecordId: target.recordId,
      emailAddress,
      tokenDigest: downloadTokenDigest(token),
      expiresAt,
    },
  });
  return { token, expiresAt };
}

/** The record a token opens, if the link is unused and unexpired (for the landing page); otherwise null. */
export async function findDownloadLink(
  db: DbOrTx,
  recordType: string,
  token: string | null | undefined,
  now = new Date(),
): Promise<(DownloadLinkTarget & { id: string; expiresAt: Date }) | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const row = await db.downloadAccessToken.findFirst({
    where: {
      tokenDigest: downloadTokenDigest(token),
      activityRecordType: recordType,
      downloadedAt: null,
      expiresAt: { gt: now },
    },
  });
  if (!row || !row.expiresAt) return null;
  return { id: row.id, recordType: row.activityRecordType, recordId: row.activityRecordId, expiresAt: row.expiresAt };
}

/**
 * Marks the link used and returns its record, or null when it is unknown, expired or already used. Call it in the
 * transaction that reads the file, so a failed read leaves the link usable.
 */
export async function consumeDownloadLink(
  tx: DbOrTx,
  recordType: string,
  token: string | null | undefined,
  now = new Date(),
): Promise<(DownloadLinkTarget & { emailAddress: string }) | null> {
  const link = await findDownloadLink(tx, recordType, token, now);
  if (!link) return null;
  const { count } = await tx.downloadAccessToken.updateMany({
    where: { id: link.id, downloadedAt: null, expiresAt: { gt: now } },
    data: { downloadedAt: now },
  });
  if (count !== 1) return null;
  const row = await tx.downloadAccessToken.findUniqueOrThrow({ where: { id: link.id } });
  return { recordType: row.activityRecordType, recordId: row.activityRecordId, emailAddress: row.emailAddress };
}

/** Download status of a record's links, for the activity page ("Downloaded on …" / "Not downloaded"). */
export async function downloadLinksOf(db: DbOrTx, target: DownloadLinkTarget) {
  return db.downloadAccessToken.findMany({
    where: { activityRecordType: target.recordType, activityRecordId: target.recordId },
    select: { emailAddress: true, createdAt: true, expiresAt: true, downloadedAt: true },
    orderBy: [{ createdAt: "asc" }, { emailAddress: "asc" }],
  });
}
