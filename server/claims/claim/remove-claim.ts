import type { SessionUser } from "../../auth/session.ts";
import type { Db } from "../../db.ts";
import { ConflictError, DomainError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { inClaimTransaction, lockedClaim } from "./claim-locks.ts";
import { canRemoveClaim } from "./claim.service.ts";

/** Removes a draft (anyone with access), an invalid-provider claim (its creator or support) or, for support, a submitted claim. Trainings go with it. */
export async function removeClaim(
  db: Db,
  actor: SessionUser,
  input: { schoolId: string; claimId: string },
  opts: { requestId?: string } = {},
) {
  return inClaimTransaction(db, async (tx) => {
    const claim = await lockedClaim(tx, input.schoolId, input.claimId);
    if (!canRemoveClaim(actor, claim)) throw new DomainError("You cannot remove this claim");
    const revisionIds: string[] = [];
    let previousId = claim.previousRevisionId;
    while (previousId && !revisionIds.includes(previousId) && revisionIds.length < 100) {
      revisionIds.push(previousId);
      previousId =
        (
          await tx.claim.findFirst({
            where: { id: previousId, schoolId: input.schoolId, status: "internal_draft" },
            select: { previousRevisionId: true },
          })
        )?.previousRevisionId ?? null;
    }
    const removed = await tx.claim.deleteMany({
      where: { id: claim.id, schoolId: input.schoolId, status: claim.status, version: claim.version },
    });
    if (removed.count !== 1) throw new ConflictError();
    if (revisionIds.length)
      await tx.claim.deleteMany({
        where: { id: { in: revisionIds }, schoolId: input.schoolId, status: "internal_draft" },
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.removed",
      recordType: "Claim",
      recordId: claim.id,
      requestId: opts.requestId,
      changes: { reference: claim.reference, status: claim.status, amountPence: claim.amountPence },
    });
    return { claimId: claim.id };
  });
}
