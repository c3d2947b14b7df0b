import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { SessionUser } from "../../auth/session.ts";
import type { Db, Tx } from "../../db.ts";
import { ConflictError, DomainError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueSubmittedEmail } from "./claim-emails.ts";
import { loadSchoolAndProvider, newReference, windowOpen } from "./claim-inputs.ts";
import { assertWithinAllowance, inClaimTransaction, lockedClaim, type LockedClaim } from "./claim-locks.ts";
import { claimAmountPence } from "./funding.ts";

/**
 * A school user submits a draft (the declaration page). Idempotent for the same user: a repeat after success
 * returns the submitted claim; a stale version or someone else's change is a ConflictError.
 */
export async function submitClaim(
  db: Db,
  actor: SessionUser,
  input: { schoolId: string; claimId: string; version: number },
  opts: { now?: Date; requestId?: string } = {},
) {
  if (actor.isSupport) throw new DomainError("Only a user of the school can submit a claim");
  const now = opts.now ?? new Date();
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    if (claim.status === "submitted" && claim.submittedById === actor.id && claim.version === input.version + 1) {
      return { claimId: claim.id, reference: claim.reference ?? "", alreadySubmitted: true };
    }
    if (claim.status !== "draft" || claim.version !== input.version) throw new ConflictError();
    if (!claim.providerId || !claim.claimWindow || !windowOpen(claim.claimWindow, now)) {
      throw new DomainError("You cannot submit the claim because the claim window is closed");
    }
    const { reference } = await submitLockedClaim(tx, actor, claim, {
      providerId: claim.providerId,
      fromStatuses: ["draft", "internal_draft"],
      version: input.version,
      now,
      requestId: opts.requestId,
    });
    return { claimId: claim.id, reference, alreadySubmitted: false };
  });
}

/**
 * Submits a locked claim (lockedClaim) as its mentor trainings stand, with a provider (a new one moves the trainings
 * to it): the hours re-summed under the allowance locks, the amount snapshot, the reference kept (or made), a
 * conditional update from `fromStatuses` at `version`, the audit row and the e-mail to the submitter.
 */
export async function submitLockedClaim(
  tx: Tx,
  actor: SessionUser,
  claim: LockedClaim,
  opts: {
    providerId: string;
    fromStatuses: ClaimStatus[];
    version: number;
    now: Date;
    requestId?: string;
    emailKey?: string;
  },
) {
  if (!claim.claimWindow) throw new DomainError("This claim has no claim window");
  const { school, provider } = await loadSchoolAndProvider(tx, claim.schoolId, opts.providerId);
  const mentors = claim.mentorTrainings.map((t) => ({ mentorId: t.mentorId, hours: t.hoursCompleted ?? 0 }));
  if (mentors.length === 0) throw new DomainError("Add a mentor to the claim before submitting it");
  await assertWithinAllowance(tx, {
    schoolId: school.id,
    providerId: provider.id,
    academicYear: claim.claimWindow.academicYear,
    mentors,
    excludeClaimId: claim.id,
  });
  const amountPence = claimAmountPence(
    school.ratePence,
    mentors.map((m) => m.hours),
  );
  const reference = claim.reference ?? newReference();
  const updated = await tx.claim.updateMany({
    where: { id: claim.id, schoolId: school.id, status: { in: opts.fromStatuses }, version: opts.version },
    data: {
      providerId: provider.id,
      status: "submitted",
      version: { increment: 1 },
      submittedAt: opts.now,
      submittedByType: "User",
      submittedById: actor.id,
      amountPence,
      reference,
    },
  });
  if (updated.count !== 1) throw new ConflictError();
  const providerChanged = provider.id !== claim.providerId;
  if (providerChanged)
    await tx.mentorTraining.updateMany({ where: { claimId: claim.id }, data: { providerId: provider.id } });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "claim.submitted",
    recordType: "Claim",
    recordId: claim.id,
    requestId: opts.requestId,
    changes: {
      reference,
      from: claim.status,
      to: "submitted",
      amountPence,
      ...(providerChanged ? { providerId: { before: claim.providerId, after: provider.id } } : {}),
    },
  });
  await queueSubmittedEmail(
    tx,
    actor,
    {
      id: claim.id,
      schoolId: school.id,
      reference,
      amountPence,
      mentorCount: mentors.length,
      providerName: provider.name,
    },
    opts.emailKey,
  );
  return { reference };
}
