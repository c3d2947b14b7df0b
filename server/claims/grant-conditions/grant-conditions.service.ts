import type { Db } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import type { SessionUser } from "../../auth/session.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";

const acceptedBySelect = { select: { firstName: true, lastName: true, email: true } } as const;

/** What the grant conditions page needs. */
export async function getGrantConditions(db: Db, schoolId: string) {
  const school = await db.school.findFirst({
    where: { id: schoolId, claimsService: true },
    select: {
      id: true,
      name: true,
      claimsGrantConditionsAcceptedAt: true,
      claimsGrantConditionsAcceptedBy: acceptedBySelect,
    },
  });
  if (!school) throw new NotFoundError("school");
  return {
    id: school.id,
    name: school.name,
    acceptedAt: school.claimsGrantConditionsAcceptedAt,
    acceptedBy: school.claimsGrantConditionsAcceptedBy,
  };
}

/**
 * Records who accepted the grant conditions and when. Accepting again (double click, second user)
 * keeps the first acceptance.
 */
export async function acceptGrantConditions(db: Db, actor: SessionUser, schoolId: string, requestId?: string) {
  return db.$transaction(async (tx) => {
    const now = new Date();
    const { count } = await tx.school.updateMany({
      where: { id: schoolId, claimsService: true, claimsGrantConditionsAcceptedAt: null },
      data: { claimsGrantConditionsAcceptedAt: now, claimsGrantConditionsAcceptedById: actor.id },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "grant_conditions.accepted",
        recordType: "School",
        recordId: schoolId,
        requestId,
      });
    }
    return { accepted: true, newlyAccepted: count === 1 };
  });
}

/** Support: clears a school's acceptance, so its users must accept again. */
export async function removeGrantConditionsAcceptance(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  requestId?: string,
) {
  return db.$transaction(async (tx) => {
    const school = await tx.school.findFirst({ where: { id: schoolId, claimsService: true }, select: { id: true } });
    if (!school) throw new NotFoundError("school");
    const { count } = await tx.school.updateMany({
      where: { id: schoolId, claimsGrantConditionsAcceptedAt: { not: null } },
      data: { claimsGrantConditionsAcceptedAt: null, claimsGrantConditionsAcceptedById: null },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "grant_conditions.acceptance_removed",
        recordType: "School",
        recordId: schoolId,
        requestId,
      });
    }
    return { removed: count === 1 };
  });
}

/** The organisation details page (summary of the school as a claims organisation). */
export async function getSchoolDetails(db: Db, schoolId: string) {
  const school = await db.school.findFirst({
    where: { id: schoolId, claimsService: true },
    select: {
      id: true,
      name: true,
      urn: true,
      vendorNumber: true,
      ukprn: true,
      address1: true,
      address2: true,
      address3: true,
      town: true,
      postcode: true,
      telephone: true,
      website: true,
      region: { select: { name: true, claimsFundingAvailablePerHourPence: true } },
      claimsGrantConditionsAcceptedAt: true,
      claimsGrantConditionsAcceptedBy: acceptedBySelect,
    },
  });
  if (!school) throw new NotFoundError("school");
  return school;
}
