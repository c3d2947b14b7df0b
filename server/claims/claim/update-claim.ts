import type { SessionUser } from "../../auth/session.ts";
import type { Db } from "../../db.ts";
import { ConflictError, DomainError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueSubmittedEmail } from "./claim-emails.ts";
import { loadSchoolAndProvider, newReference, windowOpen } from "./claim-inputs.ts";
import { assertWithinAllowance, inClaimTransaction, lockedClaim, type MentorHours } from "./claim-locks.ts";
import { claimAmountPence, totalHours } from "./funding.ts";

/**
 * The edit wizard's finish. A draft is updated in place (and submitted when a school user asks to); a submitted
 * claim changed by support keeps its earlier version as a linked revision: a copy of the old row (status
 * internal_draft, so it never counts against an allowance nor shows in lists) that the live claim's
 * previous_revision_id points to. The live claim keeps its id and reference.
 */
export async function updateClaim(
  db: Db,
  actor: SessionUser,
  input: {
    schoolId: string;
    claimId: string;
    version: number;
    providerId: string;
    mentors: MentorHours[];
    submit?: boolean;
  },
  opts: { now?: Date; requestId?: string } = {},
) {
  const now = opts.now ?? new Date();
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    const isDraft = claim.status === "draft";
    const supportRevision = actor.isSupport && claim.status === "submitted";
    if (!isDraft && !supportRevision) throw new ConflictError();
    if (claim.version !== input.version) throw new ConflictError();
    if (!claim.claimWindow) throw new DomainError("This claim has no claim window");
    if (!actor.isSupport && !windowOpen(claim.claimWindow, now)) {
      throw new DomainError("You cannot change the claim because the claim window is closed");
    }
    const submitting = Boolean(input.submit) && !actor.isSupport && isDraft;
    const { school, provider } = await loadSchoolAndProvider(tx, input.schoolId, input.providerId);
    await assertWithinAllowance(tx, {
      schoolId: school.id,
      providerId: provider.id,
      academicYear: claim.claimWindow.academicYear,
      mentors: input.mentors,
      excludeClaimId: claim.id,
    });
    const amountPence = claimAmountPence(
      school.ratePence,
      input.mentors.map((m) => m.hours),
    );

    let revisionId: string | null = null;
    if (supportRevision) {
      const snapshot = await tx.claim.create({
        data: {
          schoolId: claim.schoolId,
          providerId: claim.providerId,
          claimWindowId: claim.claimWindowId,
          reference: null,
          status: "internal_draft",
          submittedAt: claim.submittedAt,
          submittedById: claim.submittedById,
          submittedByType: claim.submittedByType,
          createdById: claim.createdById,
          createdByType: claim.createdByType,
          amountPence: claim.amountPence,
          previousRevisionId: claim.previousRevisionId,
          mentorTrainings: {
            create: claim.mentorTrainings.map((t) => ({
              mentorId: t.mentorId,
              providerId: t.providerId,
              hoursCompleted: t.hoursCompleted,
              trainingType: t.trainingType,
            })),
          },
        },
        select: { id: true },
      });
      revisionId = snapshot.id;
    }

    const reference = claim.reference ?? newReference();
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, schoolId: school.id, status: claim.status, version: input.version },
      data: {
        providerId: provider.id,
        amountPence,
        reference,
        version: { increment: 1 },
        ...(revisionId ? { previousRevisionId: revisionId } : {}),
        ...(submitting
          ? { status: "submitted", submittedAt: now, submittedByType: "User", submittedById: actor.id }
          : {}),
      },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.mentorTraining.deleteMany({ where: { claimId: claim.id } });
    await tx.mentorTraining.createMany({
      data: input.mentors.map((m) => ({
        claimId: claim.id,
        mentorId: m.mentorId,
        providerId: provider.id,
        hoursCompleted: m.hours,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: submitting ? "claim.submitted" : revisionId ? "claim.revised" : "claim.updated",
      recordType: "Claim",
      recordId: claim.id,
      requestId: opts.requestId,
      changes: {
        before: {
          providerId: claim.providerId,
          amountPence: claim.amountPence,
          mentors: claim.mentorTrainings.map((t) => ({ mentorId: t.mentorId, hours: t.hoursCompleted })),
        },
        after: { providerId: provider.id, amountPence, mentors: input.mentors },
        ...(revisionId ? { previousRevisionId: revisionId } : {}),
      },
    });
    if (submitting) {
      await queueSubmittedEmail(tx, actor, {
        id: claim.id,
        schoolId: school.id,
        reference,
        amountPence,
        mentorCount: input.mentors.length,
        providerName: provider.name,
      });
    }
    return {
      claimId: claim.id,
      reference,
      status: submitting ? ("submitted" as const) : claim.status,
      revisionId,
      totalHours: totalHours(input.mentors.map((m) => m.hours)),
    };
  });
}
