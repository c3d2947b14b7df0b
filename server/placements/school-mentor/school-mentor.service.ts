import type { Db, DbOrTx } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import type { SessionUser } from "../../auth/session.ts";
import { MENTOR_MESSAGES } from "../../shared/mentor/mentor.schema.ts";
import {
  getSchoolMentor,
  MENTOR_MEMBERSHIP_TYPE,
  recordMentorAudit,
} from "../../shared/mentor/school-mentor.service.ts";
import { placementTitle } from "../placement/placement-summary.ts";

/** The school's placements the mentor is on (any academic year), titled as the placements list titles them. */
export async function placementsOfMentor(db: DbOrTx, schoolId: string, mentorId: string) {
  const placements = await db.placement.findMany({
    where: { schoolId, mentorJoins: { some: { mentorId } } },
    select: {
      id: true,
      sendSpecific: true,
      yearGroup: true,
      subject: { select: { name: true } },
      keyStage: { select: { name: true } },
      additionalSubjects: { select: { subject: { select: { name: true } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return placements.map((p) => ({ id: p.id, title: placementTitle(p) }));
}

/** The delete page: the mentor, and the placements that stop it (a mentor on a placement cannot be deleted). */
export async function placementsMentorRemoval(db: Db, schoolId: string, mentorId: string) {
  const mentor = await getSchoolMentor(db, "placements", schoolId, mentorId);
  const placements = await placementsOfMentor(db, schoolId, mentorId);
  return { mentor, canRemove: placements.length === 0, placements };
}

/**
 * The trigger `mentor_memberships_on_placement` refused the delete: Prisma names the constraint, or (raw queries)
 * repeats PostgreSQL's message.
 */
function isOnPlacementViolation(error: unknown) {
  if (!(error instanceof Error)) return false;
  return (
    error.message.includes("mentor_memberships_on_placement") ||
    error.message.includes("a mentor on a placement of the school cannot be removed")
  );
}

/**
 * Removes the mentor's placements membership at this school (the shared mentor row stays). One conditional DELETE:
 * nothing is deleted while a placement of the school names the mentor; the trigger
 * `mentor_memberships_on_placement` refuses it too when a placement gained the mentor meanwhile.
 */
export async function removePlacementsMentor(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  mentorId: string,
  requestId?: string,
) {
  try {
    await db.$transaction(async (tx) => {
      await getSchoolMentor(tx, "placements", schoolId, mentorId);
      const deleted = await tx.$executeRaw`
        DELETE FROM mentor_memberships m
        WHERE m.school_id = ${schoolId}::uuid AND m.mentor_id = ${mentorId}::uuid
          AND m.service = 'placements' AND m.type = ${MENTOR_MEMBERSHIP_TYPE.placements}
          AND NOT EXISTS (
            SELECT 1 FROM placement_mentor_joins j JOIN placements p ON p.id = j.placement_id
            WHERE j.mentor_id = m.mentor_id AND p.school_id = m.school_id)`;
      if (deleted === 0) {
        const stillMember = await tx.mentorMembership.count({
          where: { schoolId, mentorId, type: MENTOR_MEMBERSHIP_TYPE.placements },
        });
        if (stillMember) throw new DomainError(MENTOR_MESSAGES.cannotDeleteFromPlacements);
        throw new NotFoundError("mentor");
      }
      await recordMentorAudit(tx, actor, "mentor.removed", "placements", schoolId, mentorId, requestId);
    });
  } catch (error) {
    if (isOnPlacementViolation(error)) throw new DomainError(MENTOR_MESSAGES.cannotDeleteFromPlacements);
    throw error;
  }
}
