import type { SessionUser } from "../../auth/session.ts";
import type { Tx } from "../../db.ts";
import { appOrigin } from "../../env.ts";
import { queueEmail } from "../../shared/email/email.service.ts";
import { claimsClaimSubmitted, claimsDraftClaimCreated } from "../../shared/email/templates.ts";

export function claimUrl(schoolId: string, claimId: string) {
  return `${appOrigin()}/claims/schools/${schoolId}/claims/${claimId}`;
}

export async function queueSubmittedEmail(
  tx: Tx,
  actor: SessionUser,
  claim: {
    id: string;
    schoolId: string;
    reference: string;
    amountPence: number;
    mentorCount: number;
    providerName: string;
  },
  /** A claim submitted again (e.g. after its provider was replaced) needs its own key. */
  idempotencyKey = `claims.claim_submitted:${claim.id}`,
) {
  await queueEmail(tx, {
    to: actor.email,
    service: "claims",
    idempotencyKey,
    ...claimsClaimSubmitted({
      firstName: actor.firstName,
      reference: claim.reference,
      amountPence: claim.amountPence,
      mentorCount: claim.mentorCount,
      providerName: claim.providerName,
      claimUrl: claimUrl(claim.schoolId, claim.id),
    }),
  });
}

export async function queueDraftCreatedEmails(
  tx: Tx,
  claim: { id: string; schoolId: string; schoolName: string; reference: string; providerName: string },
) {
  const members = await tx.user.findMany({
    where: {
      service: "claims",
      kind: "user",
      discardedAt: null,
      memberships: { some: { organisationType: "School", organisationId: claim.schoolId } },
    },
    select: { id: true, email: true, firstName: true },
    orderBy: { email: "asc" },
  });
  for (const user of members) {
    await queueEmail(tx, {
      to: user.email,
      service: "claims",
      idempotencyKey: `claims.draft_claim_created:${claim.id}:${user.id}`,
      ...claimsDraftClaimCreated({
        firstName: user.firstName,
        schoolName: claim.schoolName,
        providerName: claim.providerName,
        reference: claim.reference,
        claimUrl: claimUrl(claim.schoolId, claim.id),
      }),
    });
  }
}
