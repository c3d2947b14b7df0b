/**
 * Sampling (quality-assurance "audit") of paid claims:
 *
 * - support uploads `claim_reference,sample_reason`; every reference must be a paid claim and every row needs a reason;
 *   nothing is applied when any row is wrong;
 * - per provider, its claims move paid → sampling_in_progress (conditional updates: a claim changed meanwhile aborts
 *   the whole upload), a provider sampling keeps the audit CSV (one row per mentor training), and each of the
 *   provider's e-mail addresses gets its own one-time download link and the deadline (today + 21 days, moved to the
 *   next weekday), all in one transaction with the activity log entry;
 * - support can instead decide by hand: Approve (→ paid), Confirm provider rejected (→ sampling_provider_not_approved,
 *   mentors not assured with the provider's reason, school users e-mailed), Reject claim with the school's response
 *   (→ sampling_not_approved).
 */
import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { SessionUser } from "../../../auth/session.ts";
import type { Db, DbOrTx } from "../../../db.ts";
import { appOrigin } from "../../../env.ts";
import { ConflictError, DomainError, NotFoundError } from "../../../errors.ts";
import { recordClaimActivity } from "../../../shared/claim-activity/claim-activity.service.ts";
import { csvString, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import { rowError, sortRowErrors, type CsvRow, type CsvRowError } from "../../../shared/csv/csv-upload.ts";
import { issueDownloadLink } from "../../../shared/download-link/download-link.service.ts";
import { queueEmail, queueEmailOnce } from "../../../shared/email/email.service.ts";
import { claimsRejectedByProvider, claimsSamplingChecksRequired } from "../../../shared/email/templates.ts";
import { addDays, londonDate } from "../../../shared/time/uk-time.ts";
import { claimUrl } from "../../claim/claim-emails.ts";
import type { SamplingRowData } from "./sampling.schema.ts";

export const SAMPLING_DEADLINE_DAYS = 21;
export const PROVIDER_SAMPLING_RECORD = "ProviderSampling";

/** Today (UK) + 21 days; a Saturday or Sunday moves to the Monday after. "YYYY-MM-DD". */
export function samplingDeadline(now = new Date()): string {
  const day = addDays(londonDate(now), SAMPLING_DEADLINE_DAYS);
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** "YYYY-MM-DD" → "21 July 2026" (GOV.UK style). */
export function ukLongDate(day: string): string {
  return longDate.format(new Date(`${day}T00:00:00Z`));
}

export function samplingDownloadUrl(token: string) {
  return `${appOrigin()}/claims/sampling/claims?token=${encodeURIComponent(token)}`;
}

type AuditRow = {
  reference: string;
  school: {
    urn: string | null;
    name: string;
    localAuthorityName: string | null;
    typeOfEstablishment: string | null;
    group: string | null;
  };
  providerName: string;
  submittedAt: Date | null;
  mentor: { trn: string; firstName: string; lastName: string };
  hours: number;
};

/** The provider audit file: one row per mentor training, the provider fills the last two columns. */
export const PROVIDER_AUDIT_COLUMNS: readonly CsvColumn<AuditRow>[] = [
  { header: "claim_reference", value: (r) => r.reference },
  { header: "school_urn", value: (r) => r.school.urn },
  { header: "school_name", value: (r) => r.school.name },
  { header: "school_local_authority", value: (r) => r.school.localAuthorityName },
  { header: "school_type_of_establishment", value: (r) => r.school.typeOfEstablishment },
  { header: "school_group", value: (r) => r.school.group },
  { header: "provider_name", value: (r) => r.providerName },
  { header: "claim_submission_date", value: (r) => r.submittedAt },
  { header: "mentor_trn", value: (r) => r.mentor.trn },
  { header: "mentor_full_name", value: (r) => `${r.mentor.firstName} ${r.mentor.lastName}` },
  { header: "mentor_hours_of_training", value: (r) => r.hours },
  { header: "claim_accepted", value: () => "" },
  { header: "rejection_reason", value: () => "" },
];

const sampledClaimSelect = {
  id: true,
  reference: true,
  status: true,
  submittedAt: true,
  providerId: true,
  schoolId: true,
  provider: {
    select: { id: true, name: true, emailAddress: true, emailAddresses: { select: { emailAddress: true } } },
  },
  school: {
    select: { urn: true, name: true, localAuthorityName: true, typeOfEstablishment: true, group: true },
  },
  mentorTrainings: {
    select: {
      hoursCompleted: true,
      mentor: { select: { trn: true, firstName: true, lastName: true } },
    },
    orderBy: [{ mentor: { lastName: "asc" as const } }, { mentor: { firstName: "asc" as const } }],
  },
};

/**
 * The upload's own checks (beyond each row's format): the reference is a paid claim and appears once. Returns row
 * errors, or nothing.
 */
export async function checkSamplingRows(db: DbOrTx, rows: readonly CsvRow<SamplingRowData>[]): Promise<CsvRowError[]> {
  const references = [...new Set(rows.map((r) => r.data.claim_reference))];
  const claims = await db.claim.findMany({
    where: { reference: { in: references } },
    select: { reference: true, status: true },
  });
  const statusOf = new Map(claims.map((c) => [c.reference, c.status]));
  const seen = new Set<string>();
  const errors: CsvRowError[] = [];
  for (const { row, data } of rows) {
    const status = statusOf.get(data.claim_reference);
    if (!status) errors.push(rowError(row, `Claim reference ${data.claim_reference} was not found`));
    else if (status !== "paid") errors.push(rowError(row, `Claim ${data.claim_reference} is not paid`));
    if (seen.has(data.claim_reference))
      errors.push(rowError(row, `Claim ${data.claim_reference} is in the file more than once`));
    seen.add(data.claim_reference);
  }
  return sortRowErrors(errors);
}

export class CsvRowsError extends DomainError {
  constructor(readonly rowErrors: CsvRowError[]) {
    super("The selected file has errors", "csvUpload");
    this.name = "CsvRowsError";
  }
}

/** Applies a checked sampling upload (see the module comment). Returns counts for the banner. */
export async function uploadSampling(
  db: Db,
  actor: SessionUser,
  rows: readonly CsvRow<SamplingRowData>[],
  opts: { now?: Date } = {},
) {
  const now = opts.now ?? new Date();
  const errors = await checkSamplingRows(db, rows);
  if (errors.length) throw new CsvRowsError(errors);
  const deadline = ukLongDate(samplingDeadline(now));
  return db.$transaction(async (tx) => {
    const claims = await tx.claim.findMany({
      where: { reference: { in: rows.map((r) => r.data.claim_reference) } },
      select: sampledClaimSelect,
    });
    const byReference = new Map(claims.map((c) => [c.reference, c]));
    for (const { data } of rows) {
      const claim = byReference.get(data.claim_reference)!;
      const { count } = await tx.claim.updateMany({
        where: { id: claim.id, status: "paid" },
        data: { status: "sampling_in_progress", samplingReason: data.sample_reason, version: { increment: 1 } },
      });
      if (count !== 1) throw new ConflictError(`Claim ${data.claim_reference} has been changed by someone else`);
    }
    const sampling = await tx.sampling.create({
      data: {
        userId: actor.id,
        csvFilename: `sampling-${londonDate(now)}.csv`,
        csvContent: csvString(
          [
            { header: "claim_reference", value: (r: SamplingRowData) => r.claim_reference },
            { header: "sample_reason", value: (r: SamplingRowData) => r.sample_reason },
          ],
          rows.map((r) => r.data),
        ),
      },
      select: { id: true },
    });
    const byProvider = new Map<string, typeof claims>();
    for (const claim of claims) {
      if (!claim.providerId || !claim.provider) throw new DomainError(`Claim ${claim.reference} has no provider`);
      byProvider.set(claim.providerId, [...(byProvider.get(claim.providerId) ?? []), claim]);
    }
    let emails = 0;
    for (const [providerId, providerClaims] of byProvider) {
      const provider = providerClaims[0].provider!;
      const auditRows: AuditRow[] = providerClaims.flatMap((c) =>
        c.mentorTrainings.map((t) => ({
          reference: c.reference ?? "",
          school: c.school,
          providerName: provider.name,
          submittedAt: c.submittedAt,
          mentor: t.mentor,
          hours: t.hoursCompleted ?? 0,
        })),
      );
      const providerSampling = await tx.providerSampling.create({
        data: {
          samplingId: sampling.id,
          providerId,
          csvFilename: `quality_assurance_for_${provider.name}_response.csv`,
          csvContent: csvString(PROVIDER_AUDIT_COLUMNS, auditRows),
          providerSamplingClaims: { create: providerClaims.map((c) => ({ claimId: c.id })) },
        },
        select: { id: true },
      });
      emails += await emailProviderSampling(tx, providerSampling.id, provider, deadline, now);
    }
    await recordClaimActivity(tx, {
      action: "sampling_uploaded",
      userId: actor.id,
      recordType: "Sampling",
      recordId: sampling.id,
      claimIds: claims.map((c) => c.id),
    });
    return { samplingId: sampling.id, claims: claims.length, providers: byProvider.size, emails };
  });
}

/** The provider's audit addresses: every provider e-mail address, else the provider's own address. */
export function providerAuditAddresses(provider: {
  emailAddress: string | null;
  emailAddresses: { emailAddress: string }[];
}): string[] {
  const list = provider.emailAddresses.map((e) => e.emailAddress.trim().toLowerCase());
  if (list.length === 0 && provider.emailAddress) list.push(provider.emailAddress.trim().toLowerCase());
  return [...new Set(list)];
}

/** One e-mail per address, each with its own one-time link (re-issuing ends that address's earlier link). */
export async function emailProviderSampling(
  tx: DbOrTx,
  providerSamplingId: string,
  provider: { name: string; emailAddress: string | null; emailAddresses: { emailAddress: string }[] },
  deadline: string,
  now: Date,
  idempotencyKey?: (address: string) => string,
) {
  let sent = 0;
  for (const emailAddress of providerAuditAddresses(provider)) {
    const { token } = await issueDownloadLink(
      tx,
      { recordType: PROVIDER_SAMPLING_RECORD, recordId: providerSamplingId, emailAddress },
      now,
    );
    await queueEmail(tx, {
      to: emailAddress,
      service: "claims",
      ...(idempotencyKey ? { idempotencyKey: idempotencyKey(emailAddress) } : {}),
      ...claimsSamplingChecksRequired({
        providerName: provider.name,
        downloadUrl: samplingDownloadUrl(token),
        deadline,
      }),
    });
    sent++;
  }
  return sent;
}

async function moveClaim(tx: DbOrTx, claimId: string, from: ClaimStatus[], to: ClaimStatus) {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, status: { in: from } },
    data: { status: to, version: { increment: 1 } },
  });
  if (count !== 1) {
    if (!(await tx.claim.findUnique({ where: { id: claimId }, select: { id: true } })))
      throw new NotFoundError("claim");
    throw new ConflictError();
  }
}

/** Approve: the audit found the claim right (from either audit status) → paid. */
export async function approveSampledClaim(db: Db, actor: SessionUser, claimId: string) {
  await db.$transaction(async (tx) => {
    await moveClaim(tx, claimId, ["sampling_in_progress", "sampling_provider_not_approved"], "paid");
    await recordClaimActivity(tx, {
      action: "provider_approved_audit",
      userId: actor.id,
      recordType: "Claim",
      recordId: claimId,
      claimIds: [claimId],
    });
  });
}

/** The provider did not assure some mentors: flag them with the provider's reason and tell the school's users. */
export async function confirmProviderRejected(
  db: Db,
  actor: SessionUser,
  input: { claimId: string; mentors: { mentorTrainingId: string; reason: string }[] },
) {
  await db.$transaction(async (tx) => {
    await moveClaim(tx, input.claimId, ["sampling_in_progress"], "sampling_provider_not_approved");
    await flagNotAssured(tx, input.claimId, input.mentors);
    await emailSchoolAboutProviderRejection(tx, input.claimId);
    await recordClaimActivity(tx, {
      action: "rejected_by_provider",
      userId: actor.id,
      recordType: "Claim",
      recordId: input.claimId,
      claimIds: [input.claimId],
    });
  });
}

export async function flagNotAssured(
  tx: DbOrTx,
  claimId: string,
  mentors: readonly { mentorTrainingId: string; reason: string }[],
) {
  for (const m of mentors) {
    const { count } = await tx.mentorTraining.updateMany({
      where: { id: m.mentorTrainingId, claimId },
      data: { notAssured: true, reasonNotAssured: m.reason },
    });
    if (count !== 1) throw new NotFoundError("mentor training");
  }
}

/** "Provider has indicated a school has an invalid claim" to every current user of the claim's school. */
export async function emailSchoolAboutProviderRejection(tx: DbOrTx, claimId: string, idempotencySuffix?: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      id: true,
      reference: true,
      schoolId: true,
      school: { select: { name: true } },
      provider: { select: { name: true } },
      mentorTrainings: {
        where: { notAssured: true },
        select: { reasonNotAssured: true, mentor: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  const users = await schoolUsers(tx, claim.schoolId);
  let queued = 0;
  for (const user of users) {
    const message = {
      to: user.email,
      service: "claims" as const,
      ...claimsRejectedByProvider({
        firstName: user.firstName,
        reference: claim.reference ?? "",
        schoolName: claim.school.name,
        providerName: claim.provider?.name ?? "The provider",
        comments: claim.mentorTrainings.map((t) => ({
          mentorName: `${t.mentor.firstName} ${t.mentor.lastName}`,
          reason: t.reasonNotAssured ?? "",
        })),
        claimUrl: claimUrl(claim.schoolId, claim.id),
      }),
    };
    if (idempotencySuffix) {
      if (
        await queueEmailOnce(tx, {
          ...message,
          idempotencyKey: `claims.rejected_by_provider:${claim.id}:${user.id}:${idempotencySuffix}`,
        })
      )
        queued++;
    } else {
      await queueEmail(tx, message);
      queued++;
    }
  }
  return queued;
}

/** The school's claims users who can act: not removed, still members. */
export async function schoolUsers(tx: DbOrTx, schoolId: string) {
  return tx.user.findMany({
    where: {
      service: "claims",
      kind: "user",
      discardedAt: null,
      memberships: { some: { organisationType: "School", organisationId: schoolId } },
    },
    select: { id: true, email: true, firstName: true },
    orderBy: { email: "asc" },
  });
}

/**
 * Reject claim: support records the school's response for every mentor the provider did not assure →
 * sampling_not_approved (then a clawback can be requested).
 */
export async function rejectSampledClaim(
  db: Db,
  actor: SessionUser,
  input: { claimId: string; responses: { mentorTrainingId: string; reason: string }[] },
) {
  await db.$transaction(async (tx) => {
    const notAssured = await tx.mentorTraining.findMany({
      where: { claimId: input.claimId, notAssured: true },
      select: { id: true },
    });
    const answered = new Set(input.responses.map((r) => r.mentorTrainingId));
    if (notAssured.length === 0 || notAssured.some((t) => !answered.has(t.id)) || answered.size !== notAssured.length)
      throw new DomainError("Enter the school's response for each mentor the provider did not assure");
    await moveClaim(tx, input.claimId, ["sampling_provider_not_approved"], "sampling_not_approved");
    for (const r of input.responses) {
      await tx.mentorTraining.updateMany({
        where: { id: r.mentorTrainingId, claimId: input.claimId, notAssured: true },
        data: { rejected: true, reasonRejected: r.reason },
      });
    }
    await recordClaimActivity(tx, {
      action: "rejected_by_school",
      userId: actor.id,
      recordType: "Claim",
      recordId: input.claimId,
      claimIds: [input.claimId],
    });
  });
}

export const SAMPLING_STATUSES = [
  "sampling_in_progress",
  "sampling_provider_not_approved",
] as const satisfies readonly ClaimStatus[];
export const SAMPLING_PAGE_SIZE = 25;

/** Auditing: claims being audited, oldest submission first (the reference's sampling claims list). */
export async function listSamplingClaims(db: DbOrTx, page: number) {
  const where = { status: { in: [...SAMPLING_STATUSES] } };
  const [claims, total] = await Promise.all([
    db.claim.findMany({
      where,
      select: {
        id: true,
        reference: true,
        status: true,
        submittedAt: true,
        amountPence: true,
        samplingReason: true,
        school: { select: { name: true } },
        provider: { select: { name: true } },
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * SAMPLING_PAGE_SIZE,
      take: SAMPLING_PAGE_SIZE,
    }),
    db.claim.count({ where }),
  ]);
  return { claims, total, page, totalPages: Math.max(1, Math.ceil(total / SAMPLING_PAGE_SIZE)) };
}

export type SamplingLine = { row: number; reference: string; reason: string; schoolName: string; providerName: string };

/** The sampling upload's checks, and on success the rows as the confirmation page shows them. */
export async function checkSamplingUpload(
  db: DbOrTx,
  rows: readonly CsvRow<SamplingRowData>[],
): Promise<{ ok: true; lines: SamplingLine[] } | { ok: false; fileError: null; rowErrors: CsvRowError[] }> {
  const errors = await checkSamplingRows(db, rows);
  if (errors.length) return { ok: false, fileError: null, rowErrors: errors };
  const claims = await db.claim.findMany({
    where: { reference: { in: rows.map((r) => r.data.claim_reference) } },
    select: { reference: true, school: { select: { name: true } }, provider: { select: { name: true } } },
  });
  const byReference = new Map(claims.map((c) => [c.reference, c]));
  return {
    ok: true,
    lines: rows.map(({ row, data }) => ({
      row,
      reference: data.claim_reference,
      reason: data.sample_reason,
      schoolName: byReference.get(data.claim_reference)?.school.name ?? "",
      providerName: byReference.get(data.claim_reference)?.provider?.name ?? "",
    })),
  };
}

/** A claim under audit for the manual steps' pages: its mentors, and which the provider did not assure. */
export async function getAuditClaim(db: DbOrTx, claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, status: { notIn: ["internal_draft", "draft"] } },
    select: {
      id: true,
      reference: true,
      status: true,
      school: { select: { name: true } },
      provider: { select: { name: true } },
      mentorTrainings: {
        select: {
          id: true,
          hoursCompleted: true,
          notAssured: true,
          reasonNotAssured: true,
          mentor: { select: { firstName: true, lastName: true } },
        },
        orderBy: [{ mentor: { lastName: "asc" } }, { mentor: { firstName: "asc" } }, { id: "asc" }],
      },
    },
  });
  if (!claim) throw new NotFoundError("claim");
  return {
    id: claim.id,
    reference: claim.reference ?? "",
    status: claim.status,
    schoolName: claim.school.name,
    providerName: claim.provider?.name ?? "",
    trainings: claim.mentorTrainings.map((t) => ({
      id: t.id,
      name: `${t.mentor.firstName} ${t.mentor.lastName}`,
      hours: t.hoursCompleted ?? 0,
      notAssured: t.notAssured,
      reasonNotAssured: t.reasonNotAssured,
    })),
  };
}
