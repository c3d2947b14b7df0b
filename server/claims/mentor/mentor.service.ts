import type { Db } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import type { SessionUser } from "../../auth/session.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import {
  TeachingRecordUnavailableError,
  type TeachingRecord,
  type TeachingRecordClient,
} from "../../integrations/teaching-record/teaching-record.client.ts";
import { MENTOR_MESSAGES } from "./mentor.schema.ts";

export const CLAIMS_MENTOR_MEMBERSHIP = "Claims::MentorMembership";

/** Claim statuses during which a mentor cannot be removed from the school (reference: MentorMembershipPolicy#destroy?). */
export const ACTIVE_CLAIM_STATUSES = ["draft", "submitted", "invalid_provider"] as const;

const membershipWhere = (schoolId: string) => ({
  schoolId,
  service: "claims" as const,
  type: CLAIMS_MENTOR_MEMBERSHIP,
});

/** The school's claims mentors, by name. */
export async function listMentors(db: Db, schoolId: string) {
  const memberships = await db.mentorMembership.findMany({
    where: membershipWhere(schoolId),
    select: { mentor: { select: { id: true, firstName: true, lastName: true, trn: true } } },
    orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
  });
  return memberships.map((m) => m.mentor);
}

/** One of the school's mentors; a mentor of another school (or none) is not found. */
export async function getMentor(db: Db, schoolId: string, mentorId: string) {
  const membership = await db.mentorMembership.findFirst({
    where: { ...membershipWhere(schoolId), mentorId },
    select: { mentor: { select: { id: true, firstName: true, lastName: true, trn: true } } },
  });
  if (!membership) throw new NotFoundError("mentor");
  return membership.mentor;
}

async function findTeacher(
  tra: TeachingRecordClient,
  trn: string,
  dateOfBirth: string,
): Promise<TeachingRecord | null> {
  try {
    return await tra.findTeacher(trn, dateOfBirth);
  } catch (error) {
    if (error instanceof TeachingRecordUnavailableError) throw new DomainError(MENTOR_MESSAGES.unavailable, "form");
    throw error;
  }
}

async function assertNotAdded(db: Db, schoolId: string, trn: string) {
  const existing = await db.mentorMembership.findFirst({
    where: { ...membershipWhere(schoolId), mentor: { trn } },
    select: { id: true },
  });
  if (existing) throw new DomainError(MENTOR_MESSAGES.alreadyAdded, "trn");
}

export type MentorLookupResult =
  { found: false; trn: string } | { found: true; trn: string; firstName: string; lastName: string };

/** Checks TRN + date of birth against the Teaching Record (names come from there). */
export async function lookupMentor(
  db: Db,
  tra: TeachingRecordClient,
  schoolId: string,
  input: { trn: string; dateOfBirth: string },
): Promise<MentorLookupResult> {
  await assertNotAdded(db, schoolId, input.trn);
  const teacher = await findTeacher(tra, input.trn, input.dateOfBirth);
  if (!teacher) return { found: false, trn: input.trn };
  return { found: true, trn: input.trn, firstName: teacher.firstName, lastName: teacher.lastName };
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Adds a mentor to the school: verified again against the Teaching Record, the mentor row is
 * shared by TRN across schools and services (names refreshed), and a claims membership is created.
 */
export async function addMentor(
  db: Db,
  tra: TeachingRecordClient,
  actor: SessionUser,
  schoolId: string,
  input: { trn: string; dateOfBirth: string },
  requestId?: string,
) {
  const result = await lookupMentor(db, tra, schoolId, input);
  if (!result.found) throw new DomainError(MENTOR_MESSAGES.noResults(input.trn), "trn");
  try {
    return await db.$transaction(async (tx) => {
      const mentor = await tx.mentor.upsert({
        where: { trn: input.trn },
        create: { trn: input.trn, firstName: result.firstName, lastName: result.lastName },
        update: { firstName: result.firstName, lastName: result.lastName },
        select: { id: true, firstName: true, lastName: true, trn: true },
      });
      await tx.mentorMembership.create({
        data: { mentorId: mentor.id, schoolId, service: "claims", type: CLAIMS_MENTOR_MEMBERSHIP },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "mentor.added",
        recordType: "School",
        recordId: schoolId,
        changes: { mentorId: mentor.id },
        requestId,
      });
      return mentor;
    });
  } catch (error) {
    // Two submissions at once: the unique (type, school, mentor) membership lets one through.
    if (isUniqueViolation(error)) throw new DomainError(MENTOR_MESSAGES.alreadyAdded, "trn");
    throw error;
  }
}

/** Whether the mentor is in an active claim (draft, submitted, invalid provider) of this school. */
export async function isInActiveClaim(db: Db, schoolId: string, mentorId: string) {
  const count = await db.mentorTraining.count({
    where: { mentorId, claim: { schoolId, status: { in: [...ACTIVE_CLAIM_STATUSES] } } },
  });
  return count > 0;
}

/** The remove page: the mentor, and whether removing is blocked. */
export async function mentorRemoval(db: Db, schoolId: string, mentorId: string) {
  const mentor = await getMentor(db, schoolId, mentorId);
  return { mentor, canRemove: !(await isInActiveClaim(db, schoolId, mentorId)) };
}

/** Removes the mentor's claims membership at this school (the shared mentor row stays). */
export async function removeMentor(db: Db, actor: SessionUser, schoolId: string, mentorId: string, requestId?: string) {
  await getMentor(db, schoolId, mentorId);
  await db.$transaction(async (tx) => {
    const active = await tx.mentorTraining.count({
      where: { mentorId, claim: { schoolId, status: { in: [...ACTIVE_CLAIM_STATUSES] } } },
    });
    if (active > 0) throw new DomainError(MENTOR_MESSAGES.cannotRemove);
    const deleted = await tx.mentorMembership.deleteMany({ where: { ...membershipWhere(schoolId), mentorId } });
    if (deleted.count === 0) throw new NotFoundError("mentor");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "mentor.removed",
      recordType: "School",
      recordId: schoolId,
      changes: { mentorId },
      requestId,
    });
  });
}
