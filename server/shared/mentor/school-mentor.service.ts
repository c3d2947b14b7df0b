import type { Db, DbOrTx, Tx } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import type { SessionUser } from "../../auth/session.ts";
import { recordAudit } from "../audit/audit.service.ts";
import {
  TeachingRecordUnavailableError,
  type TeachingRecord,
  type TeachingRecordClient,
} from "../../integrations/teaching-record/teaching-record.client.ts";
import { MENTOR_MESSAGES } from "./mentor.schema.ts";

/**
 * A school's mentors in one service. The mentor row is shared by TRN across schools and services; what belongs to
 * the school is the membership of that service (`mentor_memberships`, type `Claims::…` or `Placements::…`).
 */
export type MentorService = "claims" | "placements";

export const MENTOR_MEMBERSHIP_TYPE = {
  claims: "Claims::MentorMembership",
  placements: "Placements::MentorMembership",
} as const satisfies Record<MentorService, string>;

export const membershipWhere = (service: MentorService, schoolId: string) => ({
  schoolId,
  service,
  type: MENTOR_MEMBERSHIP_TYPE[service],
});

const mentorSelect = { id: true, firstName: true, lastName: true, trn: true } as const;

/** The school's mentors in the service, by name. */
export async function listSchoolMentors(db: DbOrTx, service: MentorService, schoolId: string) {
  const memberships = await db.mentorMembership.findMany({
    where: membershipWhere(service, schoolId),
    select: { mentor: { select: mentorSelect } },
    orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
  });
  return memberships.map((m) => m.mentor);
}

/** One of the school's mentors; a mentor of another school (or of the other service, or none) is not found. */
export async function getSchoolMentor(db: DbOrTx, service: MentorService, schoolId: string, mentorId: string) {
  const membership = await db.mentorMembership.findFirst({
    where: { ...membershipWhere(service, schoolId), mentorId },
    select: { mentor: { select: mentorSelect } },
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

async function assertNotAdded(db: Db, service: MentorService, schoolId: string, trn: string) {
  const existing = await db.mentorMembership.findFirst({
    where: { ...membershipWhere(service, schoolId), mentor: { trn } },
    select: { id: true },
  });
  if (existing) throw new DomainError(MENTOR_MESSAGES.alreadyAdded, "trn");
}

export type MentorLookupResult =
  { found: false; trn: string } | { found: true; trn: string; firstName: string; lastName: string };

/** Checks TRN + date of birth against the Teaching Record (names come from there). */
export async function lookupSchoolMentor(
  db: Db,
  tra: TeachingRecordClient,
  service: MentorService,
  schoolId: string,
  input: { trn: string; dateOfBirth: string },
): Promise<MentorLookupResult> {
  await assertNotAdded(db, service, schoolId, input.trn);
  const teacher = await findTeacher(tra, input.trn, input.dateOfBirth);
  if (!teacher) return { found: false, trn: input.trn };
  return { found: true, trn: input.trn, firstName: teacher.firstName, lastName: teacher.lastName };
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Adds a mentor to the school in the service: verified again against the Teaching Record; the mentor row is reused
 * by TRN (a claims mentor becomes a placements mentor without a second row; names refreshed), then the membership.
 */
export async function addSchoolMentor(
  db: Db,
  tra: TeachingRecordClient,
  actor: SessionUser,
  service: MentorService,
  schoolId: string,
  input: { trn: string; dateOfBirth: string },
  requestId?: string,
) {
  const result = await lookupSchoolMentor(db, tra, service, schoolId, input);
  if (!result.found) throw new DomainError(MENTOR_MESSAGES.noResults(input.trn), "trn");
  try {
    return await db.$transaction(async (tx) => {
      const mentor = await tx.mentor.upsert({
        where: { trn: input.trn },
        create: { trn: input.trn, firstName: result.firstName, lastName: result.lastName },
        update: { firstName: result.firstName, lastName: result.lastName },
        select: mentorSelect,
      });
      await tx.mentorMembership.create({
        data: { mentorId: mentor.id, ...membershipWhere(service, schoolId) },
      });
      await recordMentorAudit(tx, actor, "mentor.added", service, schoolId, mentor.id, requestId);
      return mentor;
    });
  } catch (error) {
    // Two submissions at once: the unique (type, school, mentor) membership lets one through.
    if (isUniqueViolation(error)) throw new DomainError(MENTOR_MESSAGES.alreadyAdded, "trn");
    throw error;
  }
}

export function recordMentorAudit(
  tx: Tx,
  actor: SessionUser,
  action: "mentor.added" | "mentor.removed",
  service: MentorService,
  schoolId: string,
  mentorId: string,
  requestId?: string,
) {
  return recordAudit(tx, {
    actorId: actor.id,
    action,
    recordType: "School",
    recordId: schoolId,
    changes: { mentorId, service },
    requestId,
  });
}
