import type { Db } from "../../db.ts";

/** A claims school as its pages need it (membership was checked by the claimsSchool guard). */
export async function getClaimsSchool(db: Db, schoolId: string) {
  const school = await db.school.findFirstOrThrow({
    where: { id: schoolId, claimsService: true },
    select: {
      id: true,
      name: true,
      urn: true,
      vendorNumber: true,
      claimsGrantConditionsAcceptedAt: true,
      region: { select: { name: true, claimsFundingAvailablePerHourPence: true } },
    },
  });
  return { ...school, grantConditionsAccepted: school.claimsGrantConditionsAcceptedAt !== null };
}
