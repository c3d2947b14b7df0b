import type { ClaimStatus } from "#prisma/generated/enums.ts";
import type { Db } from "../../../db.ts";
import { createClaimRow, createUser } from "#tests/factories/index.ts";
import { claimsWorld } from "../../claim/claim-test-setup.ts";

/**
 * A claims world with a claim the audit rejected (sampling_not_approved by default): Alice (6 hours) and Bob (4 hours)
 * not assured by the provider, the school's response recorded; rate £53.60 an hour. Two support users.
 */
export async function clawbackWorld(db: Db, status: ClaimStatus = "sampling_not_approved") {
  const w = await claimsWorld(db);
  const claim = await createClaimRow(db, {
    schoolId: w.school.id,
    providerId: w.provider.id,
    claimWindowId: w.window.id,
    status,
    amountPence: 5360 * 10,
    trainings: [
      { mentorId: w.m1.id, hours: 6 },
      { mentorId: w.m2.id, hours: 4 },
    ],
  });
  await db.mentorTraining.updateMany({
    where: { claimId: claim.id },
    data: {
      notAssured: true,
      reasonNotAssured: "The mentor did not attend",
      rejected: true,
      reasonRejected: "The school disagrees",
    },
  });
  const trainings = await db.mentorTraining.findMany({ where: { claimId: claim.id } });
  const alice = trainings.find((t) => t.mentorId === w.m1.id)!;
  const bob = trainings.find((t) => t.mentorId === w.m2.id)!;
  const support2 = await createUser(db, { kind: "support", firstName: "Sam", lastName: "Second" });
  return {
    ...w,
    claim,
    alice,
    bob,
    support2,
    first: await w.caller(w.support.id),
    second: await w.caller(support2.id),
  };
}
