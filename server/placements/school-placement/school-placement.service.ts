import type { Db, DbOrTx } from "../../db.ts";
import { directRows } from "../../db-direct-reads.ts";
import { Prisma } from "../../../prisma/generated/client.ts";
import type { Appetite } from "../../../prisma/generated/enums.ts";
import type { SessionUser } from "../../auth/session.ts";
import { ConflictError, DomainError, NotFoundError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueEmail } from "../../shared/email/email.service.ts";
import { placementsInformationAdded } from "../../shared/email/templates.ts";
import { appOrigin } from "../../env.ts";
import {
  expectedDate,
  interestTag,
  placementTitle,
  schoolPlacementStatusTag,
  YEAR_GROUP_LABELS,
  YEAR_GROUPS,
  TERM_ORDER,
} from "../placement/placement-summary.ts";
import type { Phase, PlacementDetails, PlacementUpdate } from "./school-placement.schema.ts";

export const CONTACT_REQUIRED_MESSAGE = "You must add an ITT placement contact before you can add placements";

const MENTOR_TYPE = "Placements::MentorMembership";

/** The phases a school chooses from: a purely primary or secondary school (GIAS phase) has no choice to make. */
export function phasesFor(giasPhase: string | null): Phase[] {
  if (giasPhase === "Primary") return ["primary"];
  if (giasPhase === "Secondary") return ["secondary"];
  return ["primary", "secondary", "send"];
}

/** Everything the add wizard and the edit forms offer, for this school. */
export async function placementOptions(db: DbOrTx, schoolId: string) {
  const [school, subjects, keyStages, terms, mentors] = await Promise.all([
    db.school.findUniqueOrThrow({
      where: { id: schoolId },
      select: { phase: true, schoolContact: { select: { id: true } } },
    }),
    db.subject.findMany({
      where: { parentSubjectId: null },
      select: {
        id: true,
        name: true,
        subjectArea: true,
        childSubjects: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      },
      orderBy: { name: "asc" },
    }),
    db.keyStage.findMany({ select: { id: true, name: true } }),
    db.term.findMany({ select: { id: true, name: true } }),
    schoolMentors(db, schoolId),
  ]);
  const keyStageOrder = ["Early years", "Key stage 1", "Key stage 2", "Key stage 3", "Key stage 4", "Key stage 5"];
  const rank = (name: string) => (keyStageOrder.includes(name) ? keyStageOrder.indexOf(name) : keyStageOrder.length);
  return {
    phases: phasesFor(school.phase),
    hasContact: Boolean(school.schoolContact),
    subjects: subjects.map((s) => ({ id: s.id, name: s.name, area: s.subjectArea, children: s.childSubjects })),
    keyStages: keyStages.sort((a, b) => rank(a.name) - rank(b.name)),
    terms: terms.sort((a, b) => TERM_ORDER.indexOf(a.name) - TERM_ORDER.indexOf(b.name)),
    mentors,
    yearGroups: YEAR_GROUPS.map((value) => ({ value, text: YEAR_GROUP_LABELS[value] })),
  };
}

function schoolMentors(db: DbOrTx, schoolId: string) {
  return db.mentor.findMany({
    where: { mentorMemberships: { some: { schoolId, type: MENTOR_TYPE } } },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ firstName: "asc" }, { lastName: "asc" }],
  });
}

const placementSelect = {
  id: true,
  status: true,
  providerId: true,
  subjectId: true,
  yearGroup: true,
  keyStageId: true,
  sendSpecific: true,
  subject: { select: { name: true, subjectArea: true } },
  // Languages by name (the title lists them), terms by name (that is their order in the year).
  additionalSubjects: {
    select: { subject: { select: { id: true, name: true } } },
    orderBy: { subject: { name: "asc" } },
  },
  keyStage: { select: { name: true } },
  academicYear: { select: { id: true, name: true } },
  provider: { select: { id: true, name: true, placementsService: true } },
  mentorJoins: { select: { mentor: { select: { id: true, firstName: true, lastName: true } } } },
  placementWindows: { select: { term: { select: { id: true, name: true } } }, orderBy: { term: { name: "asc" } } },
} as const;

type PlacementRow = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;

function findPlacement(db: DbOrTx, schoolId: string, placementId: string) {
  return db.placement.findFirst({ where: { id: placementId, schoolId }, select: placementSelect });
}

function phaseOf(p: PlacementRow): Phase {
  if (p.sendSpecific) return "send";
  return p.subject?.subjectArea === "primary" ? "primary" : "secondary";
}

function present(p: PlacementRow) {
  const mentors = p.mentorJoins
    .map((j) => j.mentor)
    .sort((a, b) => `${a.firstName} ${a.lastName}`.localeCompare(`${b.firstName} ${b.lastName}`));
  const terms = p.placementWindows.map((w) => w.term);
  return {
    id: p.id,
    title: placementTitle(p),
    phase: phaseOf(p),
    status: p.status,
    statusTag: schoolPlacementStatusTag(p),
    subject: p.subject?.name ?? null,
    additionalSubjects: p.additionalSubjects.map((a) => a.subject.name),
    yearGroup: p.yearGroup,
    yearGroupLabel: p.yearGroup ? YEAR_GROUP_LABELS[p.yearGroup] : null,
    keyStageId: p.keyStageId,
    keyStage: p.keyStage?.name ?? null,
    academicYear: p.academicYear,
    expectedDate: expectedDate(terms),
    termIds: terms.map((t) => t.id),
    mentors: mentors.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` })),
    provider: p.provider,
  };
}
export type SchoolPlacement = ReturnType<typeof present>;

/** The school's placements in one academic year, with the school's availability tag for that year. */
export async function listSchoolPlacements(db: DbOrTx, schoolId: string, academicYearId: string) {
  const [row] = await directRows<{
    placements: PlacementRow[];
    hasContact: boolean;
    interest: { appetite: Appetite | null; reasonsNotHosting: unknown; otherReasonNotHosting: string | null } | null;
    schoolFound: boolean;
  }>(db, schoolPlacementsSql(schoolId, academicYearId));
  if (!row?.schoolFound) throw new NotFoundError("school");
  const interest = row.interest;
  const placements = row.placements.map(present).sort((a, b) => a.title.localeCompare(b.title));
  const published = row.placements.filter((r) => r.status === "published");
  const reasons = Array.isArray(interest?.reasonsNotHosting) ? (interest.reasonsNotHosting as string[]) : [];
  return {
    placements,
    hasContact: row.hasContact,
    // The year's answer: Maybe shows the potential details, No the not-offering page (with its reasons).
    appetite: interest?.appetite ?? null,
    reasonsNotHosting: reasons.map((r) =>
      r === "Other" && interest?.otherReasonNotHosting ? `Other: ${interest.otherReasonNotHosting}` : r,
    ),
    interestTag: interestTag(interest?.appetite, {
      available: published.filter((r) => !r.providerId).length,
      assigned: published.filter((r) => r.providerId).length,
    }),
  };
}

/**
 * A school's placements list in one statement, sent straight to the driver adapter (a school's most visited placements
 * page): each placement as `placementSelect` reads it (languages and terms by name, mentors as added), whether the school has
 * a placement contact, and its hosting interest for the year. Parameters are read through scalar subqueries so
 * PostgreSQL keeps one plan for every school.
 */
function schoolPlacementsSql(schoolId: string, academicYearId: string) {
  const school = Prisma.sql`(SELECT ${schoolId}::uuid)`;
  const year = Prisma.sql`(SELECT ${academicYearId}::uuid)`;
  return Prisma.sql`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object(
                'id', p.id, 'status', p.status, 'providerId', p.provider_id, 'subjectId', p.subject_id,
                'yearGroup', p.year_group, 'keyStageId', p.key_stage_id, 'sendSpecific', p.send_specific,
                'subject', (SELECT json_build_object('name', s.name, 'subjectArea', s.subject_area)
                              FROM subjects s WHERE s.id = p.subject_id),
                'additionalSubjects', COALESCE((
                  SELECT json_agg(json_build_object('subject', json_build_object('id', s.id, 'name', s.name))
                                  ORDER BY s.name, s.id)
                    FROM placement_additional_subjects a JOIN subjects s ON s.id = a.subject_id
                   WHERE a.placement_id = p.id), '[]'),
                'keyStage', (SELECT json_build_object('name', k.name) FROM key_stages k WHERE k.id = p.key_stage_id),
                'academicYear', (SELECT json_build_object('id', y.id, 'name', y.name)
                                   FROM academic_years y WHERE y.id = p.academic_year_id),
                'provider', (SELECT json_build_object('id', pr.id, 'name', pr.name,
                                                      'placementsService', pr.placements_service)
                               FROM providers pr WHERE pr.id = p.provider_id),
                'mentorJoins', COALESCE((
                  SELECT json_agg(json_build_object('mentor', json_build_object(
                                    'id', m.id, 'firstName', m.first_name, 'lastName', m.last_name))
                                  ORDER BY j.created_at, j.id)
                    FROM placement_mentor_joins j JOIN mentors m ON m.id = j.mentor_id
                   WHERE j.placement_id = p.id), '[]'),
                'placementWindows', COALESCE((
                  SELECT json_agg(json_build_object('term', json_build_object('id', t.id, 'name', t.name))
                                  ORDER BY t.name, t.id)
                    FROM placement_windows w JOIN terms t ON t.id = w.term_id
                   WHERE w.placement_id = p.id), '[]'))
              ORDER BY p.created_at, p.id), '[]')
         FROM placements p WHERE p.school_id = ${school} AND p.academic_year_id = ${year}) AS "placements",
      EXISTS (SELECT 1 FROM school_contacts c WHERE c.school_id = ${school}) AS "hasContact",
      (SELECT json_build_object('appetite', h.appetite, 'reasonsNotHosting', h.reasons_not_hosting,
                                'otherReasonNotHosting', h.other_reason_not_hosting)
         FROM hosting_interests h WHERE h.school_id = ${school} AND h.academic_year_id = ${year}) AS "interest",
      EXISTS (SELECT 1 FROM schools WHERE id = ${school}) AS "schoolFound"`;
}

/** One placement of this school, with what a provider would see of the school (the preview). */
export async function getSchoolPlacement(db: DbOrTx, schoolId: string, placementId: string) {
  const row = await findPlacement(db, schoolId, placementId);
  if (!row) throw new NotFoundError("placement");
  const school = await db.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: {
      name: true,
      address1: true,
      town: true,
      postcode: true,
      phase: true,
      website: true,
      telephone: true,
      schoolContact: { select: { firstName: true, lastName: true, emailAddress: true } },
    },
  });
  return { ...present(row), school };
}

// Validation against the reference lists --------------------------------------------------------------------------

export type ValidPlacement = {
  sendSpecific: boolean;
  subjectId: string | null;
  additionalSubjectIds: string[];
  yearGroup: PlacementDetails["yearGroup"] | null;
  keyStageId: string | null;
  termIds: string[];
  mentorIds: string[];
};

async function assertSchoolMentors(db: DbOrTx, schoolId: string, mentorIds: string[]) {
  const unique = [...new Set(mentorIds)];
  if (unique.length === 0) return unique;
  const found = await db.mentorMembership.count({ where: { schoolId, type: MENTOR_TYPE, mentorId: { in: unique } } });
  // Another school's mentor is treated like a missing record, whatever the form posted.
  if (found !== unique.length) throw new NotFoundError("mentor");
  return unique;
}

async function assertTerms(db: DbOrTx, termIds: string[]) {
  const unique = [...new Set(termIds)];
  if (unique.length && (await db.term.count({ where: { id: { in: unique } } })) !== unique.length) {
    throw new DomainError("Select when the placement could be", "termIds");
  }
  return unique;
}

async function assertKeyStage(db: DbOrTx, keyStageId: string | undefined) {
  if (!keyStageId || !(await db.keyStage.findUnique({ where: { id: keyStageId }, select: { id: true } }))) {
    throw new DomainError("Select a key stage", "keyStageId");
  }
  return keyStageId;
}

export async function validateDetails(db: DbOrTx, schoolId: string, input: PlacementDetails): Promise<ValidPlacement> {
  const termIds = await assertTerms(db, input.termIds);
  const mentorIds = await assertSchoolMentors(db, schoolId, input.mentorIds);
  if (input.phase === "send") {
    const keyStageId = await assertKeyStage(db, input.keyStageId);
    return {
      sendSpecific: true,
      subjectId: null,
      additionalSubjectIds: [],
      yearGroup: null,
      keyStageId,
      termIds,
      mentorIds,
    };
  }
  const subject = input.subjectId
    ? await db.subject.findFirst({
        where: { id: input.subjectId, parentSubjectId: null, subjectArea: input.phase },
        select: { id: true, childSubjects: { select: { id: true } } },
      })
    : null;
  if (!subject) throw new DomainError("Select a subject", "subjectId");
  const childIds = new Set(subject.childSubjects.map((c) => c.id));
  const additionalSubjectIds = [...new Set(input.additionalSubjectIds)];
  // A subject with children (Modern Languages) needs at least one of them; other subjects take none.
  if (childIds.size > 0 && additionalSubjectIds.length === 0) {
    throw new DomainError("Select a language", "additionalSubjectIds");
  }
  if (additionalSubjectIds.some((s) => !childIds.has(s))) {
    throw new DomainError("Select a language", "additionalSubjectIds");
  }
  if (input.phase === "primary" && !input.yearGroup) throw new DomainError("Select a year group", "yearGroup");
  return {
    sendSpecific: false,
    subjectId: subject.id,
    additionalSubjectIds,
    yearGroup: input.phase === "primary" ? input.yearGroup! : null,
    keyStageId: null,
    termIds,
    mentorIds,
  };
}

// Writes -----------------------------------------------------------------------------------------------------------

async function assertContact(tx: DbOrTx, schoolId: string) {
  if (!(await tx.schoolContact.findUnique({ where: { schoolId }, select: { id: true } }))) {
    throw new DomainError(CONTACT_REQUIRED_MESSAGE);
  }
}

/** Writes one validated placement as a draft, with its audit row. Call inside the caller's transaction. */
export async function insertDraftPlacement(
  tx: DbOrTx,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  valid: ValidPlacement,
) {
  const placement = await tx.placement.create({
    data: {
      schoolId,
      academicYearId,
      status: "draft",
      sendSpecific: valid.sendSpecific,
      subjectId: valid.subjectId,
      yearGroup: valid.yearGroup,
      keyStageId: valid.keyStageId,
      creatorType: "User",
      creatorId: actor.id,
      additionalSubjects: { create: valid.additionalSubjectIds.map((subjectId) => ({ subjectId })) },
      placementWindows: { create: valid.termIds.map((termId) => ({ termId })) },
      mentorJoins: { create: valid.mentorIds.map((mentorId) => ({ mentorId })) },
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    action: "placement.created",
    recordType: "Placement",
    recordId: placement.id,
    changes: { ...valid, status: "draft" },
  });
  return placement;
}

/**
 * Validates every placement with the single-placement rules, then writes them all as drafts. All or nothing:
 * one invalid placement is a form error and nothing is written. Call inside the caller's transaction.
 */
export async function insertDraftPlacements(
  tx: DbOrTx,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  inputs: PlacementDetails[],
) {
  const valid: ValidPlacement[] = [];
  for (const input of inputs) valid.push(await validateDetails(tx, schoolId, input));
  const created: { id: string }[] = [];
  for (const v of valid) created.push(await insertDraftPlacement(tx, actor, schoolId, academicYearId, v));
  return created;
}

/** Adds a placement as a draft: providers see it only once it is published. */
export async function createPlacement(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  input: PlacementDetails,
) {
  return db.$transaction(async (tx) => {
    await assertContact(tx, schoolId);
    const valid = await validateDetails(tx, schoolId, input);
    return insertDraftPlacement(tx, actor, schoolId, academicYearId, valid);
  });
}

/** Bulk add: several placements at once (drafts), in one transaction, with the ITT placement contact rule. */
export async function createPlacements(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  inputs: PlacementDetails[],
) {
  return db.$transaction(async (tx) => {
    await assertContact(tx, schoolId);
    return insertDraftPlacements(tx, actor, schoolId, academicYearId, inputs);
  });
}

/**
 * Publishes a draft. A conditional update: of two users publishing at once, one publishes and the other is told
 * it already was; a placement deleted meanwhile is not found.
 */
export async function publishPlacement(db: Db, actor: SessionUser, schoolId: string, placementId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.placement.updateMany({
      where: { id: placementId, schoolId, status: "draft" },
      data: { status: "published" },
    });
    if (count === 0) {
      if (await findPlacement(tx, schoolId, placementId)) {
        throw new ConflictError("This placement has already been published");
      }
      throw new NotFoundError("placement");
    }
    const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true } });
    // Providers can see the placement from now on: this is when placement information is "added" for them.
    await queueEmail(tx, {
      to: actor.email,
      service: "placements",
      ...placementsInformationAdded({
        firstName: actor.firstName,
        schoolName: school.name,
        url: `${appOrigin()}/placements/schools/${schoolId}/placements`,
      }),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "placement.published",
      recordType: "Placement",
      recordId: placementId,
    });
    return { id: placementId };
  });
}

export const CANNOT_REMOVE_MESSAGE = "You cannot delete this placement because a provider is assigned to it";

/**
 * Deletes a placement that has no provider (conditional: a provider assigned meanwhile keeps it). Deleting the
 * school's last placement of the year also deletes its hosting interest for that year: the school has no
 * placement information left, and is asked again.
 */
export async function removePlacement(db: Db, actor: SessionUser, schoolId: string, placementId: string) {
  return db.$transaction(async (tx) => {
    const row = await tx.placement.findFirst({
      where: { id: placementId, schoolId },
      select: { academicYearId: true },
    });
    if (!row) throw new NotFoundError("placement");
    const { count } = await tx.placement.deleteMany({ where: { id: placementId, schoolId, providerId: null } });
    if (count === 0) {
      if (await findPlacement(tx, schoolId, placementId)) throw new ConflictError(CANNOT_REMOVE_MESSAGE);
      throw new NotFoundError("placement");
    }
    const remaining = await tx.placement.count({ where: { schoolId, academicYearId: row.academicYearId } });
    if (remaining === 0) {
      await tx.hostingInterest.deleteMany({ where: { schoolId, academicYearId: row.academicYearId } });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "placement.removed",
      recordType: "Placement",
      recordId: placementId,
    });
    return { lastPlacementRemoved: remaining === 0 };
  });
}

/** Changes one field from the placement page; the field must belong to the placement's phase. */
export async function updatePlacement(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  placementId: string,
  update: PlacementUpdate,
) {
  return db.$transaction(async (tx) => {
    const row = await findPlacement(tx, schoolId, placementId);
    if (!row) throw new NotFoundError("placement");
    const phase = phaseOf(row);
    let changes: Record<string, unknown>;
    switch (update.field) {
      case "yearGroup":
        if (phase !== "primary") throw new NotFoundError("field");
        await tx.placement.update({ where: { id: placementId }, data: { yearGroup: update.yearGroup } });
        changes = { yearGroup: update.yearGroup };
        break;
      case "keyStage": {
        if (phase !== "send") throw new NotFoundError("field");
        const keyStageId = await assertKeyStage(tx, update.keyStageId);
        await tx.placement.update({ where: { id: placementId }, data: { keyStageId } });
        changes = { keyStageId };
        break;
      }
      case "terms": {
        const termIds = await assertTerms(tx, update.termIds);
        await tx.placementWindow.deleteMany({ where: { placementId } });
        await tx.placementWindow.createMany({ data: termIds.map((termId) => ({ placementId, termId })) });
        await tx.placement.update({ where: { id: placementId }, data: { updatedAt: new Date() } });
        changes = { termIds };
        break;
      }
      case "mentors": {
        const mentorIds = await assertSchoolMentors(tx, schoolId, update.mentorIds);
        await tx.placementMentorJoin.deleteMany({ where: { placementId } });
        await tx.placementMentorJoin.createMany({ data: mentorIds.map((mentorId) => ({ placementId, mentorId })) });
        await tx.placement.update({ where: { id: placementId }, data: { updatedAt: new Date() } });
        changes = { mentorIds };
        break;
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "placement.updated",
      recordType: "Placement",
      recordId: placementId,
      changes,
    });
    return { id: placementId };
  });
}
