/**
 * Support uploads a provider's audit response: `claim_reference, mentor_full_name, claim_accepted,
 * rejection_reason`. Every row is checked before anything is applied:
 *
 * - the claim exists and is in `sampling_in_progress`;
 * - the mentor is one of the claim's mentors (full name, spaces and case ignored), once per claim;
 * - `claim_accepted` is yes/no/true/false, and a rejection reason is given when it is no/false (row schema);
 * - every mentor of every claim in the file has a row.
 *
 * Applying is one transaction: per claim, all mentors accepted → `paid`; otherwise `sampling_provider_not_approved`
 * with the not-accepted trainings flagged (and the school's users e-mailed). Each move is a conditional update from
 * `sampling_in_progress`; the file's digest is unique, so the same response applied twice changes nothing.
 */
import { Prisma } from "../../../../prisma/generated/client.ts";
import type { SessionUser } from "../../../auth/session.ts";
import type { Db, DbOrTx } from "../../../db.ts";
import { ConflictError, DomainError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { recordClaimActivity } from "../../../shared/claim-activity/claim-activity.service.ts";
import { csvString, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import { rowError, sortRowErrors, type CsvRow, type CsvRowError } from "../../../shared/csv/csv-upload.ts";
import type { ProviderResponseRowData } from "./sampling.schema.ts";
import { emailSchoolAboutProviderRejection, flagNotAssured } from "./sampling.service.ts";

export const PROVIDER_RESPONSE_RECORD = "ProviderSamplingResponse";
const ALREADY_UPLOADED = "This provider response has already been uploaded. Nothing has been changed.";

export type ProviderResponseLine = {
  row: number;
  claimId: string;
  reference: string;
  mentorTrainingId: string;
  mentorName: string;
  accepted: boolean;
  reason: string | null;
};

export type ProviderResponseCheck =
  { ok: true; lines: ProviderResponseLine[] } | { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

/** "  Chloe   O'Brien " and "chloe o'brien" are the same name; typographic apostrophes match straight ones. */
export function sameName(name: string) {
  return name.normalize("NFC").replace(/[’‘`]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();
}

export async function checkProviderResponse(
  db: DbOrTx,
  input: { digest: string; rows: readonly CsvRow<ProviderResponseRowData>[] },
): Promise<ProviderResponseCheck> {
  const applied = await db.providerSamplingResponse.findUnique({
    where: { contentDigest: input.digest },
    select: { id: true },
  });
  if (applied) return { ok: false, fileError: ALREADY_UPLOADED, rowErrors: [] };

  const references = [...new Set(input.rows.map((r) => r.data.claim_reference))];
  const claims = await db.claim.findMany({
    where: { reference: { in: references }, status: { notIn: ["internal_draft", "draft"] } },
    select: {
      id: true,
      reference: true,
      status: true,
      mentorTrainings: {
        select: { id: true, mentor: { select: { firstName: true, lastName: true } } },
        orderBy: { id: "asc" },
      },
    },
  });
  const byReference = new Map(claims.map((c) => [c.reference, c]));
  const errors: CsvRowError[] = [];
  const lines: ProviderResponseLine[] = [];
  /** Per claim reference: the first row naming it, and the trainings given a row. */
  const seen = new Map<string, { firstRow: number; trainings: Map<string, number> }>();
  for (const { row, data } of input.rows) {
    const ref = data.claim_reference;
    const claim = byReference.get(ref);
    if (!claim) {
      errors.push(rowError(row, `There is no claim with the reference ${ref}`));
      continue;
    }
    if (claim.status !== "sampling_in_progress") {
      errors.push(rowError(row, `Claim ${ref} is not being audited`));
      continue;
    }
    const claimSeen = seen.get(ref) ?? { firstRow: row, trainings: new Map<string, number>() };
    seen.set(ref, claimSeen);
    const wanted = sameName(data.mentor_full_name);
    const training = claim.mentorTrainings.find(
      (t) => sameName(`${t.mentor.firstName} ${t.mentor.lastName}`) === wanted,
    );
    if (!training) {
      errors.push(rowError(row, `${data.mentor_full_name} is not a mentor on claim ${ref}`));
      continue;
    }
    const earlier = claimSeen.trainings.get(training.id);
    if (earlier !== undefined) {
      errors.push(rowError(row, `${data.mentor_full_name} on claim ${ref} is also in row ${earlier}`));
      continue;
    }
    claimSeen.trainings.set(training.id, row);
    lines.push({
      row,
      claimId: claim.id,
      reference: ref,
      mentorTrainingId: training.id,
      mentorName: `${training.mentor.firstName} ${training.mentor.lastName}`,
      accepted: data.claim_accepted,
      reason: data.claim_accepted ? null : data.rejection_reason || null,
    });
  }
  for (const [ref, claimSeen] of seen) {
    for (const training of byReference.get(ref)!.mentorTrainings) {
      if (!claimSeen.trainings.has(training.id)) {
        const name = `${training.mentor.firstName} ${training.mentor.lastName}`;
        errors.push(rowError(claimSeen.firstRow, `Claim ${ref} has no row for its mentor ${name}`));
      }
    }
  }
  if (errors.length > 0) return { ok: false, fileError: null, rowErrors: sortRowErrors(errors) };
  if (lines.length === 0) return { ok: false, fileError: "The selected file has no rows", rowErrors: [] };
  return { ok: true, lines };
}

const RESPONSE_COLUMNS: CsvColumn<ProviderResponseLine>[] = [
  { header: "claim_reference", value: (l) => l.reference },
  { header: "mentor_full_name", value: (l) => l.mentorName },
  { header: "claim_accepted", value: (l) => (l.accepted ? "yes" : "no") },
  { header: "rejection_reason", value: (l) => l.reason },
];

/** Applies a checked provider response (see the module comment). Returns counts for the banner. */
export async function applyProviderResponse(
  db: Db,
  actor: SessionUser,
  input: { digest: string; fileName: string; lines: readonly ProviderResponseLine[] },
  meta: { requestId?: string } = {},
) {
  const byClaim = new Map<string, ProviderResponseLine[]>();
  for (const line of input.lines) byClaim.set(line.claimId, [...(byClaim.get(line.claimId) ?? []), line]);
  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.providerSamplingResponse.create({
        data: {
          userId: actor.id,
          contentDigest: input.digest,
          csvFilename: input.fileName,
          csvContent: csvString(RESPONSE_COLUMNS, input.lines),
        },
        select: { id: true },
      });
      let approved = 0;
      let notApproved = 0;
      for (const [claimId, lines] of byClaim) {
        const trainings = await tx.mentorTraining.findMany({ where: { claimId }, select: { id: true } });
        const answered = new Set(lines.map((l) => l.mentorTrainingId));
        if (trainings.length !== answered.size || trainings.some((t) => !answered.has(t.id))) {
          throw new ConflictError(
            `Claim ${lines[0].reference} has changed since the file was checked. Nothing has been changed: upload the file again.`,
          );
        }
        const rejected = lines.filter((l) => !l.accepted);
        const { count } = await tx.claim.updateMany({
          where: { id: claimId, status: "sampling_in_progress" },
          data: { status: rejected.length ? "sampling_provider_not_approved" : "paid", version: { increment: 1 } },
        });
        if (count !== 1) {
          throw new ConflictError(
            `Claim ${lines[0].reference} has changed since the file was checked. Nothing has been changed: upload the file again.`,
          );
        }
        if (rejected.length) {
          await flagNotAssured(
            tx,
            claimId,
            rejected.map((l) => ({ mentorTrainingId: l.mentorTrainingId, reason: l.reason ?? "" })),
          );
          await emailSchoolAboutProviderRejection(tx, claimId);
          notApproved++;
        } else approved++;
      }
      await recordClaimActivity(tx, {
        action: "sampling_response_uploaded",
        userId: actor.id,
        recordType: PROVIDER_RESPONSE_RECORD,
        recordId: response.id,
        claimIds: [...byClaim.keys()],
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "provider_sampling_response.applied",
        recordType: PROVIDER_RESPONSE_RECORD,
        recordId: response.id,
        changes: { approved, notApproved },
        requestId: meta.requestId,
      });
      return { providerSamplingResponseId: response.id, claimCount: byClaim.size, approved, notApproved };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(ALREADY_UPLOADED);
    }
    throw error;
  }
}
