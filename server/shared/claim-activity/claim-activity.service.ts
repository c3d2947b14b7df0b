/**
 * The claims activity log (`claim_activities`): the business steps support users take on claims — who, what, when,
 * which claims, and the CSV file the step produced or read. Shown on the console's Activity log and on each claim's
 * page. Write it with `recordClaimActivity` in the transaction that makes the change.
 *
 * An activity points at a record (`recordType`/`recordId`): a batch (Payment, PaymentResponse, Sampling,
 * ProviderSampling, Clawback — each keeps its CSV in `csv_filename`/`csv_content`) or a single Claim. The claims it
 * touched are listed in `claim_activity_claims`.
 */
import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";

export const CLAIM_ACTIVITY_ACTIONS = [
  "payment_request_delivered",
  "payment_request_resent",
  "payment_response_uploaded",
  "information_sent_to_payer",
  "paid_by_payer",
  "rejected_by_payer",
  "sampling_uploaded",
  "sampling_response_uploaded",
  "provider_approved_audit",
  "rejected_by_provider",
  "rejected_by_school",
  "clawback_requested",
  "clawback_not_required",
  "clawback_approved",
  "clawback_rejected",
  "clawback_request_delivered",
  "clawback_request_resent",
  "clawback_response_uploaded",
] as const;
export type ClaimActivityAction = (typeof CLAIM_ACTIVITY_ACTIONS)[number];

/** Record types whose table keeps the CSV the step produced or read. */
export const CSV_RECORD_TYPES = [
  "Payment",
  "PaymentResponse",
  "Sampling",
  "ProviderSampling",
  "ProviderSamplingResponse",
  "Clawback",
] as const;
export type ClaimActivityRecordType = (typeof CSV_RECORD_TYPES)[number] | "Claim";

const claims = (n: number) => `${n} ${n === 1 ? "claim" : "claims"}`;

/** The log text of an activity (the reference's wording where it has one). */
export function claimActivityTitle(action: string, claimCount: number, reference: string | null): string {
  const ref = reference ?? "";
  switch (action) {
    case "payment_request_delivered":
      return `${claims(claimCount)} sent to payer for payment`;
    case "payment_request_resent":
      return `Payment request for ${claims(claimCount)} resent to payer`;
    case "payment_response_uploaded":
      return "Payer payment response uploaded";
    case "information_sent_to_payer":
      return `Information sent to payer for claim ${ref}`;
    case "paid_by_payer":
      return `Payer paid claim ${ref}`;
    case "rejected_by_payer":
      return `Payer rejected claim ${ref}`;
    case "sampling_uploaded":
      return `Audit data uploaded for ${claims(claimCount)}`;
    case "sampling_response_uploaded":
      return `Provider audit response uploaded for ${claims(claimCount)}`;
    case "provider_approved_audit":
      return `Provider approved audit for claim ${ref}`;
    case "rejected_by_provider":
      return `Provider rejected audit for claim ${ref}`;
    case "rejected_by_school":
      return `School rejected audit for claim ${ref}`;
    case "clawback_requested":
      return `Clawback requested for claim ${ref}`;
    case "clawback_not_required":
      return `Clawback not required for claim ${ref}`;
    case "clawback_approved":
      return `Clawback approved for claim ${ref}`;
    case "clawback_rejected":
      return `Clawback rejected for claim ${ref}`;
    case "clawback_request_delivered":
      return `${claims(claimCount)} sent to payer for clawback`;
    case "clawback_request_resent":
      return `Clawback request for ${claims(claimCount)} resent to payer`;
    case "clawback_response_uploaded":
      return `Payer clawback response uploaded for ${claims(claimCount)}`;
    default:
      return action;
  }
}

export interface ClaimActivityEntry {
  action: ClaimActivityAction;
  userId: string;
  recordType: ClaimActivityRecordType;
  recordId: string;
  /** Every claim the step acted on. */
  claimIds: readonly string[];
}

/** Writes one activity and the claims it touched (call inside the business transaction). */
export async function recordClaimActivity(tx: DbOrTx, entry: ClaimActivityEntry) {
  const activity = await tx.claimActivity.create({
    data: { action: entry.action, userId: entry.userId, recordType: entry.recordType, recordId: entry.recordId },
    select: { id: true },
  });
  if (entry.claimIds.length > 0) {
    await tx.claimActivityClaim.createMany({
      data: [...new Set(entry.claimIds)].map((claimId) => ({ claimActivityId: activity.id, claimId })),
    });
  }
  return activity;
}

export const ACTIVITY_PAGE_SIZE = 25;

const activitySelect = {
  id: true,
  action: true,
  recordType: true,
  recordId: true,
  createdAt: true,
  user: { select: { firstName: true, lastName: true } },
  _count: { select: { claims: true } },
  claims: { take: 1, select: { claim: { select: { reference: true } } } },
} as const;

type ActivityRow = {
  id: string;
  action: string;
  recordType: string;
  recordId: string;
  createdAt: Date;
  user: { firstName: string; lastName: string };
  _count: { claims: number };
  claims: { claim: { reference: string | null } }[];
};

function present(row: ActivityRow) {
  return {
    id: row.id,
    action: row.action,
    title: claimActivityTitle(row.action, row._count.claims, row.claims[0]?.claim.reference ?? null),
    by: `${row.user.firstName} ${row.user.lastName}`,
    createdAt: row.createdAt,
    claimCount: row._count.claims,
    hasCsv: (CSV_RECORD_TYPES as readonly string[]).includes(row.recordType),
  };
}

/** A page of the activity log, newest first; `claimId` narrows it to the activities that touched that claim. */
export async function listClaimActivities(db: DbOrTx, input: { page: number; claimId?: string }) {
  const where = input.claimId ? { claims: { some: { claimId: input.claimId } } } : {};
  const [rows, total] = await Promise.all([
    db.claimActivity.findMany({
      where,
      select: activitySelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * ACTIVITY_PAGE_SIZE,
      take: ACTIVITY_PAGE_SIZE,
    }),
    db.claimActivity.count({ where }),
  ]);
  return { activities: rows.map(present), total, page: input.page, perPage: ACTIVITY_PAGE_SIZE };
}

/** One activity with the claims it touched (grouped by provider on the page). */
export async function getClaimActivity(db: DbOrTx, activityId: string) {
  const row = await db.claimActivity.findUnique({ where: { id: activityId }, select: activitySelect });
  if (!row) throw new NotFoundError("claim activity");
  const touched = await db.claimActivityClaim.findMany({
    where: { claimActivityId: activityId },
    select: {
      claim: {
        select: {
          id: true,
          reference: true,
          status: true,
          amountPence: true,
          school: { select: { name: true } },
          provider: { select: { id: true, name: true } },
        },
      },
    },
    orderBy: { claim: { reference: "asc" } },
  });
  return { ...present(row), recordType: row.recordType, recordId: row.recordId, claims: touched.map((t) => t.claim) };
}

/** The CSV file an activity produced or read, or null when its step has none. */
export async function claimActivityCsv(db: DbOrTx, activityId: string) {
  const activity = await db.claimActivity.findUnique({ where: { id: activityId } });
  if (!activity) throw new NotFoundError("claim activity");
  const where = { where: { id: activity.recordId }, select: { csvFilename: true, csvContent: true } };
  const record = await (async () => {
    switch (activity.recordType) {
      case "Payment":
        return db.payment.findUnique(where);
      case "PaymentResponse":
        return db.paymentResponse.findUnique(where);
      case "Sampling":
        return db.sampling.findUnique(where);
      case "ProviderSampling":
        return db.providerSampling.findUnique(where);
      case "ProviderSamplingResponse":
        return db.providerSamplingResponse.findUnique(where);
      case "Clawback":
        return db.clawback.findUnique(where);
      default:
        return null;
    }
  })();
  if (!record?.csvContent) return null;
  return { filename: record.csvFilename ?? `${activity.action}.csv`, content: record.csvContent };
}
