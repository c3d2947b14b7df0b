import type { Db } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import type { SessionUser } from "../../auth/session.ts";
import type { TeachingRecordClient } from "../../integrations/teaching-record/teaching-record.client.ts";
import { MENTOR_MESSAGES } from "../../shared/mentor/mentor.schema.ts";
import {
  addSchoolMentor,
  getSchoolMentor,
  listSchoolMentors,
  lookupSchoolMentor,
  MENTOR_MEMBERSHIP_TYPE,
  membershipWhere,
  recordMentorAudit,
} from "../../shared/mentor/school-mentor.service.ts";

export type { MentorLookupResult } from "../../shared/mentor/school-mentor.service.ts";

export const CLAIMS_MENTOR_MEMBERSHIP = MENTOR_MEMBERSHIP_TYPE.claims;

/** Claim statuses during which a mentor cannot be removed from the school (reference: MentorMembershipPolicy#destroy?). */
export const ACTIVE_CLAIM_STATUSES = ["draft", "submitted", "invalid_provider"] as const;

/** The school's claims mentors, by name. */
export const listMentors = (db: Db, schoolId: string) => listSchoolMentors(db, "claims", schoolId);

/** One of the school's claims mentors; a mentor of another school (or none) is not found. */
export const getMentor = (db: Db, schoolId: string, mentorId: string) =>
  getSchoolMentor(db, "claims", schoolId, mentorId);

/** Checks TRN + date of birth against the Teaching Record (names come from there). */
export const lookupMentor = (
  db: Db,
  tra: TeachingRecordClient,
  schoolId: string,
  input: { trn: string; dateOfBirth: string },
) => lookupSchoolMentor(db, tra, "claims", schoolId, input);

/** Adds a claims mentor to the school (the mentor row is shared by TRN). */
export const addMentor = (
  db: Db,
  tra: TeachingRecordClient,
  actor: SessionUser,
  schoolId: string,
  input: { trn: string; dateOfBirth: string },
  requestId?: string,
) => addSchoolMentor(db, tra, actor, "claims", schoolId, input, requestId);

/** Whether the mentor is in an active claim (draft, submitted, invalid provider) of this school. */
export async function isInActiveClaim(db: Db, schoolId: string, mentorId: string) {
  const count = await db.mentorTraining.count({
    where: { mentorId, claim: { schoolId, status: { in: [...ACTIVE_CLAIM_STATUSES] } } },
  });
  return count > 0;
}

/** The remove page: the mentor, and whether removing is blocked (the same shape as the placements one). */
export async function mentorRemoval(db: Db, schoolId: string, mentorId: string) {
  const mentor = await getMentor(db, schoolId, mentorId);
  const placements: { id: string; title: string }[] = [];
  return { mentor, canRemove: !(await isInActiveClaim(db, schoolId, mentorId)), placements };
}

/** Removes the mentor's claims membership at this school (the shared mentor row stays). */
export async function removeMentor(db: Db, actor: SessionUser, schoolId: string, mentorId: string, requestId?: string) {
  await getMentor(db, schoolId, mentorId);
  await db.$transaction(async (tx) => {
    const active = await tx.mentorTraining.count({
      where: { mentorId, claim: { schoolId, status: { in: [...ACTIVE_CLAIM_STATUSES] } } },
    });
    if (active > 0) throw new DomainError(MENTOR_MESSAGES.cannotRemove);
    const deleted = await tx.mentorMembership.deleteMany({
      where: { ...membershipWhere("claims", schoolId), mentorId },
    });
    if (deleted.count === 0) throw new NotFoundError("mentor");
    await recordMentorAudit(tx, actor, "mentor.removed", "claims", schoolId, mentorId, requestId);
  });
}
