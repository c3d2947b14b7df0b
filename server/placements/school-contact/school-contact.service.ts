import type { Db } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import type { SchoolContactDetails } from "./school-contact.schema.ts";

export async function getSchoolContact(db: Db, schoolId: string) {
  return db.schoolContact.findUnique({
    where: { schoolId },
    select: { id: true, firstName: true, lastName: true, emailAddress: true },
  });
}

/**
 * Adds or changes the school's single ITT placement contact. One contact per school is the unique index on
 * school_contacts.school_id: an upsert on it means two users saving at once leave one row, the last answer.
 */
export async function saveSchoolContact(db: Db, actor: SessionUser, schoolId: string, input: SchoolContactDetails) {
  return db.$transaction(async (tx) => {
    const data = { firstName: input.firstName, lastName: input.lastName, emailAddress: input.email };
    const contact = await tx.schoolContact.upsert({ where: { schoolId }, create: { schoolId, ...data }, update: data });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "school_contact.saved",
      recordType: "SchoolContact",
      recordId: contact.id,
      changes: data,
    });
    return {
      id: contact.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      emailAddress: contact.emailAddress,
    };
  });
}
