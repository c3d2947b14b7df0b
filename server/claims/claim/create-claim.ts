import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { SessionUser } from "../../auth/session.ts";
import type { Db } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueDraftCreatedEmails, queueSubmittedEmail } from "./claim-emails.ts";
import { loadSchoolAndProvider, newReference } from "./claim-inputs.ts";
import { advisoryLock, assertWithinAllowance, inClaimTransaction, type MentorHours } from "./claim-locks.ts";
import { currentClaimWindow, isSchoolEligible } from "./claim.service.ts";
import { claimAmountPence } from "./funding.ts";

export type CreateClaimResult = { claimId: string; reference: string; status: ClaimStatus; alreadyExisted: boolean };

/**
 * Add claim wizard's finish. A school user's claim is submitted; a support user's is a draft (and the school's
 * users are told). The idempotency key is the new claim's id: a repeated POST returns the claim made first.
 */
export async function createClaim(
  db: Db,
  actor: SessionUser,
  input: { schoolId: string; providerId: string; mentors: MentorHours[]; idempotencyKey: string },
  opts: { now?: Date; requestId?: string } = {},
): Promise<CreateClaimResult> {
  return inClaimTransaction(db, async (tx) => {
    await advisoryLock(tx, `claims.create:${input.idempotencyKey}`);
    const existing = await tx.claim.findUnique({
      where: { id: input.idempotencyKey },
      select: { id: true, schoolId: true, reference: true, status: true, createdById: true },
    });
    if (existing) {
      if (existing.schoolId !== input.schoolId || existing.createdById !== actor.id) throw new NotFoundError("claim");
      return {
        claimId: existing.id,
        reference: existing.reference ?? "",
        status: existing.status,
        alreadyExisted: true,
      };
    }
    const { school, provider } = await loadSchoolAndProvider(tx, input.schoolId, input.providerId);
    const window = await currentClaimWindow(tx, opts.now);
    if (!window || !(await isSchoolEligible(tx, school.id, window.academicYear.id))) {
      throw new DomainError("You cannot add a claim because the claim window is closed");
    }
    await assertWithinAllowance(tx, {
      schoolId: school.id,
      providerId: provider.id,
      academicYear: window.academicYear,
      mentors: input.mentors,
    });
    const amountPence = claimAmountPence(
      school.ratePence,
      input.mentors.map((m) => m.hours),
    );
    const reference = newReference();
    const status: ClaimStatus = actor.isSupport ? "draft" : "submitted";
    const now = opts.now ?? new Date();
    const claim = await tx.claim.create({
      data: {
        id: input.idempotencyKey,
        schoolId: school.id,
        providerId: provider.id,
        claimWindowId: window.id,
        reference,
        status,
        amountPence,
        createdByType: "User",
        createdById: actor.id,
        ...(status === "submitted" ? { submittedAt: now, submittedByType: "User", submittedById: actor.id } : {}),
        mentorTrainings: {
          create: input.mentors.map((m) => ({
            mentorId: m.mentorId,
            providerId: provider.id,
            hoursCompleted: m.hours,
          })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "submitted" ? "claim.submitted" : "claim.draft_created",
      recordType: "Claim",
      recordId: claim.id,
      requestId: opts.requestId,
      changes: { reference, status, providerId: provider.id, amountPence, mentors: input.mentors },
    });
    if (status === "submitted") {
      await queueSubmittedEmail(tx, actor, {
        id: claim.id,
        schoolId: school.id,
        reference,
        amountPence,
        mentorCount: input.mentors.length,
        providerName: provider.name,
      });
    } else {
      await queueDraftCreatedEmails(tx, {
        id: claim.id,
        schoolId: school.id,
        schoolName: school.name,
        reference,
        providerName: provider.name,
      });
    }
    return { claimId: claim.id, reference, status, alreadyExisted: false };
  });
}
