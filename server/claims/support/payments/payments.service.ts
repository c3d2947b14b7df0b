/**
 * The payments cycle: support sends a claim window's submitted claims to the payer (a CSV behind a one-time link
 * e-mailed to every payer address), uploads the payer's response (paid / unpaid with a reason), and records what
 * happens to claims the payer asked about (information sent, paid, rejected).
 *
 * Every status change is a conditional update from the status the step expects, inside one transaction with its
 * activity log entry, audit entry and e-mails: a concurrent or repeated step changes nothing and says so.
 */
import type { Db, DbOrTx, Tx } from "../../../db.ts";
import type { ClaimStatus } from "../../../../prisma/generated/enums.ts";
import { Prisma } from "../../../../prisma/generated/client.ts";
import type { SessionUser } from "../../../auth/session.ts";
import { ConflictError, DomainError, NotFoundError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { recordClaimActivity } from "../../../shared/claim-activity/claim-activity.service.ts";
import { csvPounds, csvString, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import { rowError, sortRowErrors, type CsvRowError } from "../../../shared/csv/csv-upload.ts";
import { claimsPaymentRequested } from "../../../shared/email/templates.ts";
import { claimWindowStatus } from "../../claim-window/claim-window.service.ts";
import { londonDate } from "../../../shared/time/uk-time.ts";
import { emailPayerLinks, payerAddresses, resendPayerBatch, type PayerBatchKind } from "../payer-links.ts";
import type { PayerResponseRow } from "./payments.schema.ts";

export const PAYMENT_STATUSES = [
  "submitted",
  "payment_in_progress",
  "payment_information_requested",
  "payment_information_sent",
] as const satisfies readonly ClaimStatus[];

export const PAYMENTS_PAGE_SIZE = 25;
export const PAYMENT_RECORD_TYPE = "Payment";
export const PAYMENT_LINK_PATH = "/claims/payments/claims";

/** Claims the Payments page lists, the ones sent to the payer longest ago first. */
export async function listPaymentClaims(db: DbOrTx, page: number) {
  const where = { status: { in: [...PAYMENT_STATUSES] } };
  const [claims, total] = await Promise.all([
    db.claim.findMany({
      where,
      select: {
        id: true,
        reference: true,
        status: true,
        submittedAt: true,
        paymentInProgressAt: true,
        amountPence: true,
        school: { select: { name: true } },
        provider: { select: { name: true } },
      },
      orderBy: [{ paymentInProgressAt: { sort: "asc", nulls: "last" } }, { submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAYMENTS_PAGE_SIZE,
      take: PAYMENTS_PAGE_SIZE,
    }),
    db.claim.count({ where }),
  ]);
  return { claims, total, page, totalPages: Math.max(1, Math.ceil(total / PAYMENTS_PAGE_SIZE)) };
}

/** Claim windows with submitted claims (newest first), for "Send claims to payer". */
export async function payableClaimWindows(db: DbOrTx, now = new Date()) {
  const windows = await db.claimWindow.findMany({
    where: { claims: { some: { status: "submitted" } } },
    select: {
      id: true,
      startsOn: true,
      endsOn: true,
      discardedAt: true,
      academicYear: { select: { name: true } },
      _count: { select: { claims: { where: { status: "submitted" } } } },
    },
    orderBy: { startsOn: "desc" },
  });
  const today = londonDate(now);
  return windows.map((w) => ({
    id: w.id,
    startsOn: w.startsOn,
    endsOn: w.endsOn,
    academicYearName: w.academicYear.name,
    current: claimWindowStatus(w, today) === "current",
    submittedCount: w._count.claims,
  }));
}

type PaymentCsvRow = {
  reference: string | null;
  school: {
    urn: string | null;
    name: string;
    localAuthorityName: string | null;
    typeOfEstablishment: string | null;
    group: string | null;
  };
  provider: { name: string } | null;
  amountPence: number | null;
  submittedAt: Date | null;
};

/** The payment request file, ordered by reference. */
const PAYMENT_COLUMNS: CsvColumn<PaymentCsvRow>[] = [
  { header: "claim_reference", value: (r) => r.reference },
  { header: "school_urn", value: (r) => r.school.urn },
  { header: "school_name", value: (r) => r.school.name },
  { header: "school_local_authority", value: (r) => r.school.localAuthorityName },
  { header: "provider_name", value: (r) => r.provider?.name },
  { header: "claim_amount", value: (r) => csvPounds(r.amountPence) },
  { header: "school_type_of_establishment", value: (r) => r.school.typeOfEstablishment },
  { header: "school_group", value: (r) => r.school.group },
  { header: "claim_submission_date", value: (r) => r.submittedAt },
  // The payer answers with submitted (not processed yet), paid or unpaid: the request lists every claim as submitted.
  { header: "claim_status", value: () => "submitted" },
  { header: "claim_unpaid_reason", value: () => null },
];

/** How a payment batch is e-mailed to the payer and logged. */
const PAYMENT_BATCH: PayerBatchKind = {
  recordType: "Payment",
  linkPath: PAYMENT_LINK_PATH,
  email: (downloadUrl) => claimsPaymentRequested({ downloadUrl }),
  deliveredAction: "payment_request_delivered",
  resentAction: "payment_request_resent",
  auditAction: "payment.resent_to_payer",
};

/**
 * Moves every submitted claim of the window to payment_in_progress, with the payment, its CSV, the activity entry and
 * the payer e-mails, in one transaction. The move is one conditional UPDATE: when two support users send the same
 * window at once, the second waits for the first's row locks, then finds no submitted claims and creates nothing.
 */
export async function sendClaimsToPayer(
  db: Db,
  actor: SessionUser,
  input: { claimWindowId: string },
  meta: { requestId?: string } = {},
  now = new Date(),
) {
  payerAddresses();
  return db.$transaction(async (tx) => {
    const window = await tx.claimWindow.findUnique({ where: { id: input.claimWindowId }, select: { id: true } });
    if (!window) throw new NotFoundError("claim window");
    const moved = await tx.claim.updateManyAndReturn({
      where: { claimWindowId: window.id, status: "submitted" },
      data: { status: "payment_in_progress", paymentInProgressAt: now, version: { increment: 1 } },
      select: { id: true },
    });
    if (moved.length === 0) {
      throw new DomainError(
        "There are no submitted claims in this claim window. They may have just been sent by someone else.",
      );
    }
    const claimIds = moved.map((c) => c.id);
    const rows = await tx.claim.findMany({
      where: { id: { in: claimIds } },
      select: {
        reference: true,
        amountPence: true,
        submittedAt: true,
        provider: { select: { name: true } },
        school: { select: { urn: true, name: true, localAuthorityName: true, typeOfEstablishment: true, group: true } },
      },
      orderBy: { reference: "asc" },
    });
    const payment = await tx.payment.create({
      data: {
        sentById: actor.id,
        claimWindowId: window.id,
        csvFilename: `payments-claims-${now.toISOString()}.csv`,
        csvContent: csvString(PAYMENT_COLUMNS, rows),
      },
      select: { id: true },
    });
    await tx.paymentClaim.createMany({ data: claimIds.map((claimId) => ({ paymentId: payment.id, claimId })) });
    await recordClaimActivity(tx, {
      action: "payment_request_delivered",
      userId: actor.id,
      recordType: "Payment",
      recordId: payment.id,
      claimIds,
    });
    await emailPayerLinks(tx, { ...PAYMENT_BATCH, recordId: payment.id }, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "payment.sent_to_payer",
      recordType: "Payment",
      recordId: payment.id,
      changes: { claimWindowId: window.id, claimCount: claimIds.length },
      requestId: meta.requestId,
    });
    return { paymentId: payment.id, claimCount: claimIds.length };
  });
}

/** "Resend" from the activity log: new links (the earlier unused ones stop working) and e-mails for a payment. */
export async function resendPaymentRequest(
  db: Db,
  actor: SessionUser,
  input: { activityId: string },
  meta: { requestId?: string } = {},
  now = new Date(),
) {
  const { recordId } = await resendPayerBatch(db, actor, PAYMENT_BATCH, input, meta, now);
  return { paymentId: recordId };
}

/** The payment file behind a one-time link; the first download is also recorded on the payment. */
export async function paymentFileForLink(tx: Tx, paymentId: string, now: Date) {
  const payment = await tx.payment.findUnique({ where: { id: paymentId } });
  if (!payment?.csvContent) throw new NotFoundError("payment");
  await tx.payment.updateMany({ where: { id: paymentId, downloadedAt: null }, data: { downloadedAt: now } });
  return { filename: payment.csvFilename ?? "payments-claims.csv", content: payment.csvContent };
}

// Payer response -------------------------------------------------------------------------------------------------

export type PayerResponseLine = {
  row: number;
  claimId: string;
  reference: string;
  schoolName: string;
  status: "paid" | "unpaid";
  unpaidReason: string | null;
};

export type PayerResponseCheck =
  | { ok: true; lines: PayerResponseLine[]; ignored: number }
  | { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

/**
 * Checks a payer response file's rows against the claims: every reference must be a claim waiting for payment
 * (payment_in_progress), once. `submitted` rows (not processed by the payer yet) are ignored, as in the reference.
 * A file already applied is refused as a whole.
 */
export async function checkPayerResponse(
  db: DbOrTx,
  input: { digest: string; rows: { row: number; data: PayerResponseRow }[] },
): Promise<PayerResponseCheck> {
  const applied = await db.paymentResponse.findUnique({ where: { contentDigest: input.digest }, select: { id: true } });
  if (applied) {
    return {
      ok: false,
      fileError: "This payer response has already been uploaded. Nothing has been changed.",
      rowErrors: [],
    };
  }
  const references = [...new Set(input.rows.map((r) => r.data.claim_reference))];
  const claims = await db.claim.findMany({
    where: { reference: { in: references }, status: { notIn: ["internal_draft", "draft"] } },
    select: { id: true, reference: true, status: true, school: { select: { name: true } } },
  });
  const byReference = new Map(claims.map((c) => [c.reference, c]));
  const firstRow = new Map<string, number>();
  const errors: CsvRowError[] = [];
  const lines: PayerResponseLine[] = [];
  let ignored = 0;
  for (const { row, data } of input.rows) {
    const ref = data.claim_reference;
    const seen = firstRow.get(ref);
    if (seen !== undefined) {
      errors.push(rowError(row, `Claim ${ref} is also in row ${seen}: each claim can only appear once`));
      continue;
    }
    firstRow.set(ref, row);
    const claim = byReference.get(ref);
    if (!claim) {
      errors.push(rowError(row, `There is no claim with the reference ${ref}`));
      continue;
    }
    if (claim.status !== "payment_in_progress") {
      errors.push(rowError(row, `Claim ${ref} is not waiting for payment`));
      continue;
    }
    if (data.claim_status === "submitted") {
      ignored += 1;
      continue;
    }
    lines.push({
      row,
      claimId: claim.id,
      reference: ref,
      schoolName: claim.school.name,
      status: data.claim_status,
      unpaidReason: data.claim_status === "unpaid" ? data.claim_unpaid_reason || null : null,
    });
  }
  if (errors.length > 0) return { ok: false, fileError: null, rowErrors: sortRowErrors(errors) };
  if (lines.length === 0) {
    return { ok: false, fileError: "The selected file has no paid or unpaid claims", rowErrors: [] };
  }
  return { ok: true, lines, ignored };
}

const RESPONSE_COLUMNS: CsvColumn<PayerResponseLine>[] = [
  { header: "claim_reference", value: (l) => l.reference },
  { header: "claim_status", value: (l) => l.status },
  { header: "claim_unpaid_reason", value: (l) => l.unpaidReason },
];

/**
 * Applies a checked payer response in one transaction: paid → paid, unpaid → payment_information_requested with the
 * payer's reason. The file's digest is unique, so the same file cannot be applied twice; a claim that moved on since
 * the check rolls the whole file back.
 */
export async function applyPayerResponse(
  db: Db,
  actor: SessionUser,
  input: { digest: string; fileName: string; lines: PayerResponseLine[] },
  meta: { requestId?: string } = {},
) {
  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.paymentResponse.create({
        data: {
          userId: actor.id,
          processed: true,
          contentDigest: input.digest,
          csvFilename: input.fileName,
          csvContent: csvString(RESPONSE_COLUMNS, input.lines),
        },
        select: { id: true },
      });
      for (const line of input.lines) {
        const { count } = await tx.claim.updateMany({
          where: { id: line.claimId, status: "payment_in_progress" },
          data:
            line.status === "paid"
              ? { status: "paid", version: { increment: 1 } }
              : { status: "payment_information_requested", unpaidReason: line.unpaidReason, version: { increment: 1 } },
        });
        if (count !== 1) {
          throw new ConflictError(
            `Claim ${line.reference} has changed since the file was checked. Nothing has been changed: upload the file again.`,
          );
        }
      }
      const claimIds = input.lines.map((l) => l.claimId);
      await recordClaimActivity(tx, {
        action: "payment_response_uploaded",
        userId: actor.id,
        recordType: "PaymentResponse",
        recordId: response.id,
        claimIds,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "payment_response.applied",
        recordType: "PaymentResponse",
        recordId: response.id,
        changes: {
          paid: input.lines.filter((l) => l.status === "paid").length,
          unpaid: input.lines.filter((l) => l.status === "unpaid").length,
        },
        requestId: meta.requestId,
      });
      return { paymentResponseId: response.id, claimCount: claimIds.length };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("This payer response has already been uploaded. Nothing has been changed.");
    }
    throw error;
  }
}

// Manual steps on one claim ------------------------------------------------------------------------------------------

export const PAYMENT_ACTIONS = {
  "information-sent": {
    from: ["payment_information_requested"],
    to: "payment_information_sent",
    activity: "information_sent_to_payer",
  },
  paid: { from: ["payment_information_sent"], to: "paid", activity: "paid_by_payer" },
  reject: {
    from: ["payment_information_requested", "payment_information_sent"],
    to: "payment_not_approved",
    activity: "rejected_by_payer",
  },
} as const satisfies Record<string, { from: readonly ClaimStatus[]; to: ClaimStatus; activity: string }>;
export type PaymentAction = keyof typeof PAYMENT_ACTIONS;

/** Information sent / paid / reject, from the status each allows (anything else is a conflict, nothing changes). */
export async function recordPaymentAction(
  db: Db,
  actor: SessionUser,
  input: { claimId: string; action: PaymentAction },
  meta: { requestId?: string } = {},
) {
  const rule = PAYMENT_ACTIONS[input.action];
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, status: { notIn: ["internal_draft", "draft"] } },
      select: { id: true, status: true },
    });
    if (!claim) throw new NotFoundError("claim");
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, status: { in: [...rule.from] } },
      data: { status: rule.to, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError("This claim’s status has changed. Nothing has been changed.");
    await recordClaimActivity(tx, {
      action: rule.activity,
      userId: actor.id,
      recordType: "Claim",
      recordId: claim.id,
      claimIds: [claim.id],
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `claim.${rule.activity}`,
      recordType: "Claim",
      recordId: claim.id,
      changes: { status: [claim.status, rule.to] },
      requestId: meta.requestId,
    });
    return { id: claim.id, status: rule.to };
  });
}
