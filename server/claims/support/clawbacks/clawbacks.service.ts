/**
 * Clawbacks: taking back the funding for mentor training the audit did not assure.
 *
 * - Request (from sampling_not_approved or clawback_rejected): for every not-assured mentor, the hours the mentor
 *   really worked (0 to the hours claimed) and a reason; hours clawed back = claimed − worked. Any hour to claw back
 *   → clawback_requires_approval (the requester recorded, the school's users e-mailed); none → the claim is paid after
 *   all and its audit flags are cleared.
 * - Four-eyes approval: a different support user answers Yes/No per mentor (a reason for No). All Yes →
 *   clawback_requested; any No → clawback_rejected, back to the requester, who edits one mentor's clawback (and so
 *   requests it again). The service refuses the requester, and the database refuses a claim whose approver is its
 *   requester (CHECK claims_clawback_four_eyes).
 * - Send claims to payer: every clawback_requested claim → clawback_in_progress at once, with the clawback CSV and a
 *   one-time link e-mailed to each payer address (the payments cycle's machinery, server/claims/support/payer-links).
 * - The payer's clawback response upload: clawback_complete rows → clawback_complete.
 *
 * Every status change is a conditional update from the status the step expects, in one transaction with its activity
 * log and audit entries and e-mails: a racing or repeated step changes nothing and says so (ConflictError).
 */
import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { Prisma } from "#prisma/generated/client.ts";
import type { SessionUser } from "../../../auth/session.ts";
import type { Db, DbOrTx, Tx } from "../../../db.ts";
import { ConflictError, DomainError, NotFoundError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { recordClaimActivity } from "../../../shared/claim-activity/claim-activity.service.ts";
import { csvPounds, csvString, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import { queueEmail } from "../../../shared/email/email.service.ts";
import { claimsClawbackRequested, claimsClawbackRequestedPayer } from "../../../shared/email/templates.ts";
import { claimAmountPence } from "../../claim/funding.ts";
import { emailPayerLinks, payerAddresses, resendPayerBatch, type PayerBatchKind } from "../payer-links.ts";
import { schoolUsers } from "../sampling/sampling.service.ts";
import { rowError, sortRowErrors, type CsvRow, type CsvRowError } from "../../../shared/csv/csv-upload.ts";
import {
  hoursOutOfRange,
  type ClawbackResponseRow,
  type MentorApproval,
  type MentorClawback,
} from "./clawbacks.schema.ts";

/** The Clawbacks page's statuses, in the reference's order. */
export const CLAWBACK_STATUSES = [
  "clawback_requested",
  "clawback_in_progress",
  "sampling_not_approved",
  "clawback_requires_approval",
  "clawback_rejected",
] as const satisfies readonly ClaimStatus[];
/** Statuses a clawback can be requested from. */
export const REQUESTABLE_STATUSES = ["sampling_not_approved", "clawback_rejected"] as const satisfies ClaimStatus[];

export const CLAWBACKS_PAGE_SIZE = 25;
export const CLAWBACK_RECORD_TYPE = "Clawback";
export const CLAWBACK_LINK_PATH = "/claims/clawback/claims";

/** How a clawback batch is e-mailed to the payer and logged. */
const CLAWBACK_BATCH: PayerBatchKind = {
  recordType: "Clawback",
  linkPath: CLAWBACK_LINK_PATH,
  email: (downloadUrl) => claimsClawbackRequestedPayer({ downloadUrl }),
  deliveredAction: "clawback_request_delivered",
  resentAction: "clawback_request_resent",
  auditAction: "clawback.resent_to_payer",
};

type Meta = { requestId?: string };

/** Claims the Clawbacks page lists, in status order then reference. */
export async function listClawbackClaims(db: DbOrTx, page: number) {
  const where = { status: { in: [...CLAWBACK_STATUSES] } };
  const [claims, counts] = await Promise.all([
    db.claim.findMany({
      where,
      select: {
        id: true,
        reference: true,
        status: true,
        amountPence: true,
        school: { select: { name: true } },
        provider: { select: { name: true } },
      },
      orderBy: [{ status: "asc" }, { reference: "asc" }, { id: "asc" }],
      skip: (page - 1) * CLAWBACKS_PAGE_SIZE,
      take: CLAWBACKS_PAGE_SIZE,
    }),
    // One statement for the total and the counts the buttons need.
    db.claim.groupBy({ by: ["status"], where, _count: { _all: true } }),
  ]);
  const count = (status: ClaimStatus) => counts.find((c) => c.status === status)?._count._all ?? 0;
  const total = counts.reduce((sum, c) => sum + c._count._all, 0);
  return {
    claims,
    total,
    readyToSend: count("clawback_requested"),
    sentToPayer: count("clawback_in_progress"),
    page,
    totalPages: Math.max(1, Math.ceil(total / CLAWBACKS_PAGE_SIZE)),
  };
}

const person = (u: { id: string; firstName: string; lastName: string } | null) =>
  u ? { id: u.id, name: `${u.firstName} ${u.lastName}` } : null;

async function loadClaim(db: DbOrTx, claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, status: { notIn: ["internal_draft", "draft"] } },
    select: {
      id: true,
      reference: true,
      status: true,
      amountPence: true,
      schoolId: true,
      school: { select: { name: true, region: { select: { claimsFundingAvailablePerHourPence: true } } } },
      provider: { select: { name: true } },
      clawbackRequestedBy: { select: { id: true, firstName: true, lastName: true } },
      clawbackApprovedBy: { select: { id: true, firstName: true, lastName: true } },
      mentorTrainings: {
        where: { notAssured: true },
        select: {
          id: true,
          hoursCompleted: true,
          hoursClawedBack: true,
          reasonNotAssured: true,
          reasonRejected: true,
          reasonClawedBack: true,
          reasonClawbackRejected: true,
          mentor: { select: { firstName: true, lastName: true } },
        },
        orderBy: [{ mentor: { lastName: "asc" } }, { mentor: { firstName: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!claim) throw new NotFoundError("claim");
  return claim;
}

/**
 * A claim as the clawback pages show it: the not-assured mentors with the hours claimed, worked and clawed back, the
 * provider's and school's comments, and the amounts in pence (rate × hours, `claimAmountPence`).
 */
export async function getClawbackClaim(db: DbOrTx, claimId: string) {
  const claim = await loadClaim(db, claimId);
  const ratePence = claim.school.region?.claimsFundingAvailablePerHourPence ?? 0;
  const mentors = claim.mentorTrainings.map((t) => {
    const hoursClaimed = t.hoursCompleted ?? 0;
    const hoursClawedBack = t.hoursClawedBack;
    return {
      mentorTrainingId: t.id,
      name: `${t.mentor.firstName} ${t.mentor.lastName}`,
      hoursClaimed,
      hoursClawedBack,
      hoursWorked: hoursClawedBack === null ? null : hoursClaimed - hoursClawedBack,
      clawbackPence: hoursClawedBack === null ? null : claimAmountPence(ratePence, [hoursClawedBack]),
      providerComment: t.reasonNotAssured,
      schoolComment: t.reasonRejected,
      clawbackReason: t.reasonClawedBack,
      rejectionReason: t.reasonClawbackRejected,
    };
  });
  const totalClawbackPence = claimAmountPence(
    ratePence,
    mentors.map((m) => m.hoursClawedBack ?? 0),
  );
  return {
    id: claim.id,
    reference: claim.reference,
    status: claim.status,
    schoolId: claim.schoolId,
    schoolName: claim.school.name,
    providerName: claim.provider?.name ?? null,
    amountPence: claim.amountPence,
    ratePence,
    mentors,
    totalClawbackPence,
    amountAfterClawbackPence: claim.amountPence === null ? null : claim.amountPence - totalClawbackPence,
    requestedBy: person(claim.clawbackRequestedBy),
    approvedBy: person(claim.clawbackApprovedBy),
  };
}
export type ClawbackClaim = Awaited<ReturnType<typeof getClawbackClaim>>;

type LoadedClaim = Awaited<ReturnType<typeof loadClaim>>;

/** Checks each entry against the claim's not-assured trainings (one each, all of them when `all`), field errors. */
function checkClawbacks(claim: LoadedClaim, entries: readonly MentorClawback[], all: boolean) {
  const trainings = new Map(claim.mentorTrainings.map((t) => [t.id, t]));
  if (trainings.size === 0) throw new DomainError("This claim has no mentors whose training was not assured");
  const seen = new Set<string>();
  for (const entry of entries) {
    const training = trainings.get(entry.mentorTrainingId);
    if (!training || seen.has(entry.mentorTrainingId)) throw new NotFoundError("mentor training");
    seen.add(entry.mentorTrainingId);
    const max = training.hoursCompleted ?? 0;
    if (entry.hoursWorked < 0 || entry.hoursWorked > max)
      throw new DomainError(hoursOutOfRange(max), `hoursWorked-${entry.mentorTrainingId}`);
  }
  if (all && seen.size !== trainings.size)
    throw new DomainError("Enter the hours worked for every mentor whose training was not assured");
  return trainings;
}

async function writeClawbacks(tx: Tx, claim: LoadedClaim, entries: readonly MentorClawback[]) {
  const trainings = new Map(claim.mentorTrainings.map((t) => [t.id, t]));
  for (const entry of entries) {
    const claimed = trainings.get(entry.mentorTrainingId)?.hoursCompleted ?? 0;
    await tx.mentorTraining.updateMany({
      where: { id: entry.mentorTrainingId, claimId: claim.id, notAssured: true },
      data: {
        hoursClawedBack: claimed - entry.hoursWorked,
        reasonClawedBack: entry.reason,
        reasonClawbackRejected: null,
      },
    });
  }
}

/** Moves the claim on from the state `where` expects; a claim that moved on meanwhile is a conflict. */
async function moveClaim(
  tx: Tx,
  claim: { id: string; reference: string | null },
  where: Prisma.ClaimWhereInput,
  data: { status: ClaimStatus; clawbackRequestedById?: string | null; clawbackApprovedById?: string | null },
) {
  const { count } = await tx.claim.updateMany({
    where: { ...where, id: claim.id },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1)
    throw new ConflictError(
      `Claim ${claim.reference ?? ""} has been changed by someone else. Nothing has been changed.`,
    );
}

/** "Your funding for mentor training will be taken back" to every current user of the claim's school. */
async function emailSchoolUsers(tx: Tx, claimId: string) {
  const claim = await getClawbackClaim(tx, claimId);
  for (const user of await schoolUsers(tx, claim.schoolId)) {
    await queueEmail(tx, {
      to: user.email,
      service: "claims",
      ...claimsClawbackRequested({
        firstName: user.firstName,
        reference: claim.reference ?? "",
        amountPence: claim.totalClawbackPence,
      }),
    });
  }
}

/**
 * Request clawback wizard's confirmation. With hours to claw back → clawback_requires_approval (outcome
 * "requested"); with none (every mentor worked the hours claimed) → paid, the audit flags cleared ("not_required").
 */
export async function requestClawback(
  db: Db,
  actor: SessionUser,
  input: { claimId: string; mentors: MentorClawback[] },
  meta: Meta = {},
) {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    const trainings = checkClawbacks(claim, input.mentors, true);
    const clawedBack = input.mentors.reduce(
      (sum, m) => sum + (trainings.get(m.mentorTrainingId)?.hoursCompleted ?? 0) - m.hoursWorked,
      0,
    );
    if (clawedBack === 0) {
      await moveClaim(
        tx,
        claim,
        { status: { in: [...REQUESTABLE_STATUSES] } },
        {
          status: "paid",
          clawbackRequestedById: null,
          clawbackApprovedById: null,
        },
      );
      await tx.mentorTraining.updateMany({
        where: { claimId: claim.id },
        data: {
          notAssured: false,
          reasonNotAssured: null,
          rejected: false,
          reasonRejected: null,
          hoursClawedBack: null,
          reasonClawedBack: null,
          reasonClawbackRejected: null,
        },
      });
      await logStep(tx, actor, claim.id, "clawback_not_required", meta, { status: [claim.status, "paid"] });
      return { outcome: "not_required" as const };
    }
    await moveClaim(
      tx,
      claim,
      { status: { in: [...REQUESTABLE_STATUSES] } },
      {
        status: "clawback_requires_approval",
        clawbackRequestedById: actor.id,
        clawbackApprovedById: null,
      },
    );
    await writeClawbacks(tx, claim, input.mentors);
    await emailSchoolUsers(tx, claim.id);
    await logStep(tx, actor, claim.id, "clawback_requested", meta, {
      status: [claim.status, "clawback_requires_approval"],
      hoursClawedBack: clawedBack,
    });
    return { outcome: "requested" as const };
  });
}

/**
 * Edit one mentor's clawback: while it waits for approval (it stays there), or after the approver said No (it is
 * requested again). Whoever edits becomes the requester, so they cannot approve it either.
 */
export async function editMentorClawback(
  db: Db,
  actor: SessionUser,
  input: { claimId: string } & MentorClawback,
  meta: Meta = {},
) {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    const entry = { mentorTrainingId: input.mentorTrainingId, hoursWorked: input.hoursWorked, reason: input.reason };
    const trainings = checkClawbacks(claim, [entry], false);
    const clawedBack = claim.mentorTrainings.reduce(
      (sum, t) =>
        sum +
        (t.id === entry.mentorTrainingId
          ? (trainings.get(t.id)?.hoursCompleted ?? 0) - entry.hoursWorked
          : (t.hoursClawedBack ?? 0)),
      0,
    );
    if (clawedBack === 0)
      throw new DomainError("The clawback must take back at least one hour", `hoursWorked-${entry.mentorTrainingId}`);
    await moveClaim(
      tx,
      claim,
      { status: { in: ["clawback_requires_approval", "clawback_rejected"] } },
      {
        status: "clawback_requires_approval",
        clawbackRequestedById: actor.id,
        clawbackApprovedById: null,
      },
    );
    await writeClawbacks(tx, claim, [entry]);
    // A rejected clawback asked again: the approver's earlier reasons no longer apply to any mentor.
    await tx.mentorTraining.updateMany({ where: { claimId: claim.id }, data: { reasonClawbackRejected: null } });
    await emailSchoolUsers(tx, claim.id);
    await logStep(tx, actor, claim.id, "clawback_requested", meta, {
      status: [claim.status, "clawback_requires_approval"],
      mentorTrainingId: entry.mentorTrainingId,
    });
  });
}

/** Whether this user may approve the claim's clawback (a different support user from the requester). */
export function mayApprove(actor: { id: string }, claim: { requestedBy: { id: string } | null }) {
  return claim.requestedBy !== null && claim.requestedBy.id !== actor.id;
}

export const SAME_USER_MESSAGE = "You cannot approve a clawback you requested. Another support user must approve it.";

/**
 * The approval: a Yes or a No (with a reason) for every mentor. All Yes → clawback_requested with the approver
 * recorded; any No → clawback_rejected with the reasons, back to the requester. The requester is refused here, in the
 * conditional update, and by the database.
 */
export async function approveClawback(
  db: Db,
  actor: SessionUser,
  input: { claimId: string; decisions: MentorApproval[] },
  meta: Meta = {},
) {
  return db.$transaction(async (tx) => {
    const claim = await loadClaim(tx, input.claimId);
    if (claim.clawbackRequestedBy?.id === actor.id) throw new DomainError(SAME_USER_MESSAGE);
    const trainings = new Set(claim.mentorTrainings.map((t) => t.id));
    const answered = new Set(input.decisions.map((d) => d.mentorTrainingId));
    if (input.decisions.some((d) => !trainings.has(d.mentorTrainingId))) throw new NotFoundError("mentor training");
    if (answered.size !== input.decisions.length || answered.size !== trainings.size)
      throw new DomainError("Answer for every mentor whose clawback needs approval");
    const approved = input.decisions.every((d) => d.approved);
    const to: ClaimStatus = approved ? "clawback_requested" : "clawback_rejected";
    await moveClaim(
      tx,
      claim,
      { status: "clawback_requires_approval", clawbackRequestedById: { not: actor.id } },
      { status: to, clawbackApprovedById: approved ? actor.id : null },
    );
    for (const d of input.decisions) {
      await tx.mentorTraining.updateMany({
        where: { id: d.mentorTrainingId, claimId: claim.id },
        data: { reasonClawbackRejected: d.approved ? null : d.reason },
      });
    }
    await logStep(tx, actor, claim.id, approved ? "clawback_approved" : "clawback_rejected", meta, {
      status: ["clawback_requires_approval", to],
    });
    return { status: to, requestedBy: person(claim.clawbackRequestedBy) };
  });
}

async function logStep(
  tx: Tx,
  actor: SessionUser,
  claimId: string,
  action: "clawback_requested" | "clawback_not_required" | "clawback_approved" | "clawback_rejected",
  meta: Meta,
  changes: Record<string, unknown>,
) {
  await recordClaimActivity(tx, {
    action,
    userId: actor.id,
    recordType: "Claim",
    recordId: claimId,
    claimIds: [claimId],
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `claim.${action}`,
    recordType: "Claim",
    recordId: claimId,
    changes,
    requestId: meta.requestId,
  });
}

// Send claims to payer ---------------------------------------------------------------------------------------------

type ClawbackCsvRow = {
  reference: string | null;
  status: ClaimStatus;
  amountPence: number | null;
  clawbackPence: number;
  submittedAt: Date | null;
  school: {
    urn: string | null;
    name: string;
    localAuthorityName: string | null;
    typeOfEstablishment: string | null;
    group: string | null;
  };
  provider: { name: string } | null;
};

/** The clawback request file, ordered by reference. */
export const CLAWBACK_COLUMNS: CsvColumn<ClawbackCsvRow>[] = [
  { header: "claim_reference", value: (r) => r.reference },
  { header: "school_urn", value: (r) => r.school.urn },
  { header: "school_name", value: (r) => r.school.name },
  { header: "school_local_authority", value: (r) => r.school.localAuthorityName },
  { header: "provider_name", value: (r) => r.provider?.name },
  { header: "claim_amount", value: (r) => csvPounds(r.amountPence) },
  { header: "clawback_amount", value: (r) => csvPounds(r.clawbackPence) },
  { header: "school_type_of_establishment", value: (r) => r.school.typeOfEstablishment },
  { header: "school_group", value: (r) => r.school.group },
  { header: "claim_submission_date", value: (r) => r.submittedAt },
  { header: "claim_status", value: (r) => r.status },
];

/**
 * "Send claims to payer": every clawback_requested claim → clawback_in_progress in one conditional UPDATE, with the
 * clawback batch and its CSV, the activity entry and a one-time link e-mailed to each payer address. Two support users
 * sending at once: the second finds nothing left and is told so.
 */
export async function sendClawbacksToPayer(db: Db, actor: SessionUser, meta: Meta = {}, now = new Date()) {
  payerAddresses();
  return db.$transaction(async (tx) => {
    const moved = await tx.claim.updateManyAndReturn({
      where: { status: "clawback_requested" },
      data: { status: "clawback_in_progress", version: { increment: 1 } },
      select: { id: true },
    });
    if (moved.length === 0) {
      throw new DomainError("There are no claims ready for clawback. They may have just been sent by someone else.");
    }
    const claimIds = moved.map((c) => c.id);
    const claims = await tx.claim.findMany({
      where: { id: { in: claimIds } },
      select: {
        reference: true,
        status: true,
        amountPence: true,
        submittedAt: true,
        provider: { select: { name: true } },
        school: {
          select: {
            urn: true,
            name: true,
            localAuthorityName: true,
            typeOfEstablishment: true,
            group: true,
            region: { select: { claimsFundingAvailablePerHourPence: true } },
          },
        },
        mentorTrainings: { where: { notAssured: true }, select: { hoursClawedBack: true } },
      },
      orderBy: { reference: "asc" },
    });
    const rows: ClawbackCsvRow[] = claims.map((c) => ({
      ...c,
      clawbackPence: claimAmountPence(
        c.school.region?.claimsFundingAvailablePerHourPence ?? 0,
        c.mentorTrainings.map((t) => t.hoursClawedBack ?? 0),
      ),
    }));
    const clawback = await tx.clawback.create({
      data: {
        sentById: actor.id,
        csvFilename: `clawback-claims-${now.toISOString()}.csv`,
        csvContent: csvString(CLAWBACK_COLUMNS, rows),
        clawbackClaims: { create: claimIds.map((claimId) => ({ claimId })) },
      },
      select: { id: true },
    });
    await recordClaimActivity(tx, {
      action: "clawback_request_delivered",
      userId: actor.id,
      recordType: "Clawback",
      recordId: clawback.id,
      claimIds,
    });
    await emailPayerLinks(tx, { ...CLAWBACK_BATCH, recordId: clawback.id }, now);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "clawback.sent_to_payer",
      recordType: "Clawback",
      recordId: clawback.id,
      changes: { claimCount: claimIds.length },
      requestId: meta.requestId,
    });
    return { clawbackId: clawback.id, claimCount: claimIds.length };
  });
}

/** "Resend payer e-mail" from the activity log for a clawback batch. */
export function resendClawbackRequest(
  db: Db,
  actor: SessionUser,
  input: { activityId: string },
  meta: Meta = {},
  now = new Date(),
) {
  return resendPayerBatch(db, actor, CLAWBACK_BATCH, input, meta, now);
}

/** The clawback file behind a one-time link; the first download is also recorded on the clawback. */
export async function clawbackFileForLink(tx: Tx, clawbackId: string, now: Date) {
  const clawback = await tx.clawback.findUnique({ where: { id: clawbackId } });
  if (!clawback?.csvContent) throw new NotFoundError("clawback");
  await tx.clawback.updateMany({ where: { id: clawbackId, downloadedAt: null }, data: { downloadedAt: now } });
  return { filename: clawback.csvFilename ?? "clawback-claims.csv", content: clawback.csvContent };
}

// Payer clawback response --------------------------------------------------------------------------------------------

export type ClawbackResponseLine = { row: number; claimId: string; reference: string; schoolName: string };

/**
 * Checks the payer's clawback response rows: every reference is a claim sent to the payer for clawback
 * (clawback_in_progress), once. `clawback_in_progress` rows (not done yet) change nothing; `clawback_complete` rows are
 * the lines to apply. A file applied already fails here: its claims are complete.
 */
export async function checkClawbackResponse(
  db: DbOrTx,
  input: { rows: readonly CsvRow<ClawbackResponseRow>[] },
): Promise<
  { ok: true; lines: ClawbackResponseLine[] } | { ok: false; fileError: string | null; rowErrors: CsvRowError[] }
> {
  const references = [...new Set(input.rows.map((r) => r.data.claim_reference))];
  const claims = await db.claim.findMany({
    where: { reference: { in: references }, status: { notIn: ["internal_draft", "draft"] } },
    select: { id: true, reference: true, status: true, school: { select: { name: true } } },
  });
  const byReference = new Map(claims.map((c) => [c.reference, c]));
  const firstRow = new Map<string, number>();
  const errors: CsvRowError[] = [];
  const lines: ClawbackResponseLine[] = [];
  for (const { row, data } of input.rows) {
    const ref = data.claim_reference;
    const seen = firstRow.get(ref);
    if (seen !== undefined) {
      errors.push(rowError(row, `Claim ${ref} is also in row ${seen}: each claim can only appear once`));
      continue;
    }
    firstRow.set(ref, row);
    const claim = byReference.get(ref);
    if (!claim) errors.push(rowError(row, `There is no claim with the reference ${ref}`));
    else if (claim.status !== "clawback_in_progress")
      errors.push(rowError(row, `Claim ${ref} has not been sent to the payer for clawback`));
    else if (data.claim_status === "clawback_complete")
      lines.push({ row, claimId: claim.id, reference: ref, schoolName: claim.school.name });
  }
  if (errors.length > 0) return { ok: false, fileError: null, rowErrors: sortRowErrors(errors) };
  if (lines.length === 0)
    return { ok: false, fileError: "The selected file has no claims with the status clawback_complete", rowErrors: [] };
  return { ok: true, lines };
}

const CLAWBACK_RESPONSE_COLUMNS: CsvColumn<ClawbackResponseLine>[] = [
  { header: "claim_reference", value: (l) => l.reference },
  { header: "claim_status", value: () => "clawback_complete" },
];

/**
 * Applies a checked clawback response in one transaction: each line's claim clawback_in_progress → clawback_complete
 * (conditional; a claim that moved on since the check rolls the whole file back). The response CSV is kept on a
 * clawback record (as the reference does), which the activity log entry points at.
 */
export async function applyClawbackResponse(
  db: Db,
  actor: SessionUser,
  input: { fileName: string; lines: ClawbackResponseLine[] },
  meta: Meta = {},
) {
  return db.$transaction(async (tx) => {
    for (const line of input.lines) {
      const { count } = await tx.claim.updateMany({
        where: { id: line.claimId, status: "clawback_in_progress" },
        data: { status: "clawback_complete", version: { increment: 1 } },
      });
      if (count !== 1) {
        throw new ConflictError(
          `Claim ${line.reference} has changed since the file was checked. Nothing has been changed: upload the file again.`,
        );
      }
    }
    const response = await tx.clawback.create({
      data: {
        sentById: actor.id,
        csvFilename: input.fileName,
        csvContent: csvString(CLAWBACK_RESPONSE_COLUMNS, input.lines),
      },
      select: { id: true },
    });
    const claimIds = input.lines.map((l) => l.claimId);
    await recordClaimActivity(tx, {
      action: "clawback_response_uploaded",
      userId: actor.id,
      recordType: "Clawback",
      recordId: response.id,
      claimIds,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "clawback_response.applied",
      recordType: "Clawback",
      recordId: response.id,
      changes: { complete: claimIds.length },
      requestId: meta.requestId,
    });
    return { claimCount: claimIds.length };
  });
}
