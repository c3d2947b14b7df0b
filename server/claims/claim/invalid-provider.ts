import type { SessionUser } from "../../auth/session.ts";
import type { Db, DbOrTx } from "../../db.ts";
import { ConflictError, DomainError, NotFoundError } from "../../errors.ts";
import { canChangeInvalidProvider } from "./claim.service.ts";
import { claimAmountPence, mentorAllowances, totalHours } from "./funding.ts";
import { loadProvider } from "./claim-inputs.ts";
import { inClaimTransaction, lockedClaim } from "./claim-locks.ts";
import { submitLockedClaim } from "./submit-claim.ts";

/**
 * Invalid provider wizard. A data fix marks claims whose provider lost its accreditation
 * `invalid_provider`; the claim's creator (or support) picks an accredited provider, every mentor training moves to
 * it and the claim is submitted — only when each mentor still has the claimed hours left with the new provider.
 */

type ProviderChange = { schoolId: string; claimId: string; providerId: string };

/** The claim, if the actor may run the wizard on it; anything else is NOT_FOUND. */
async function changeableClaim(db: DbOrTx, actor: SessionUser, schoolId: string, claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, schoolId, status: { not: "internal_draft" } },
    select: {
      id: true,
      status: true,
      createdById: true,
      school: { select: { region: { select: { claimsFundingAvailablePerHourPence: true } } } },
      claimWindow: { select: { academicYear: { select: { id: true, startsOn: true } } } },
      mentorTrainings: {
        select: { mentorId: true, hoursCompleted: true, mentor: { select: { firstName: true, lastName: true } } },
        orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
      },
    },
  });
  if (!claim || !canChangeInvalidProvider(actor, claim)) throw new NotFoundError("claim");
  return claim;
}

/**
 * Whether the claim's mentors can move to a provider: each needs at least the claimed hours left with it in the
 * claim's academic year (the claim's own hours do not count). A provider that is not accredited is a field error.
 * Also the amount submitting would record, so the check-your-answers page shows the server's figure.
 */
export async function checkNewProvider(db: DbOrTx, actor: SessionUser, input: ProviderChange) {
  const claim = await changeableClaim(db, actor, input.schoolId, input.claimId);
  const provider = await loadProvider(db, input.providerId);
  const academicYear = claim.claimWindow?.academicYear;
  if (!academicYear) throw new DomainError("This claim has no claim window");
  const allowances = await mentorAllowances(db, {
    mentorIds: claim.mentorTrainings.map((t) => t.mentorId),
    providerId: provider.id,
    academicYear,
    excludeClaimId: claim.id,
  });
  const mentors = claim.mentorTrainings.map((t) => {
    const hours = t.hoursCompleted ?? 0;
    const remaining = allowances.get(t.mentorId)?.remaining ?? 0;
    return {
      mentorId: t.mentorId,
      name: `${t.mentor.firstName} ${t.mentor.lastName}`,
      hours,
      remaining,
      fits: hours <= remaining,
    };
  });
  const hours = mentors.map((m) => m.hours);
  const ratePence = claim.school.region?.claimsFundingAvailablePerHourPence ?? 0;
  return {
    provider,
    assignable: mentors.length > 0 && mentors.every((m) => m.fits),
    mentors,
    // What submitting would snapshot: the school's rate × the claimed hours (submitLockedClaim).
    totalHours: totalHours(hours),
    ratePence,
    amountPence: claimAmountPence(ratePence, hours),
  };
}

/**
 * The wizard's finish, with the protections of submitClaim: one transaction, the claim's advisory lock, allowance locks
 * per (mentor, new provider, year) with the hours re-summed under them, and a conditional update on status and version.
 * A repeat of the same request by the same user after success returns the submitted claim.
 */
export async function assignProvider(
  db: Db,
  actor: SessionUser,
  input: ProviderChange & { version: number },
  opts: { now?: Date; requestId?: string } = {},
) {
  const now = opts.now ?? new Date();
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    if (
      claim.status === "submitted" &&
      claim.submittedById === actor.id &&
      claim.version === input.version + 1 &&
      claim.providerId === input.providerId
    ) {
      return { claimId: claim.id, reference: claim.reference ?? "", alreadySubmitted: true };
    }
    if (claim.status === "invalid_provider" && !canChangeInvalidProvider(actor, claim))
      throw new NotFoundError("claim");
    if (claim.status !== "invalid_provider" || claim.version !== input.version) throw new ConflictError();
    const { reference } = await submitLockedClaim(tx, actor, claim, {
      providerId: input.providerId,
      fromStatuses: ["invalid_provider"],
      version: input.version,
      now,
      requestId: opts.requestId,
      emailKey: `claims.claim_submitted:${claim.id}:provider-changed:${input.version}`,
    });
    return { claimId: claim.id, reference, alreadySubmitted: false };
  });
}
