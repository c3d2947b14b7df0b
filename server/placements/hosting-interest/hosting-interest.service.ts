import type { Db, DbOrTx, Tx } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";
import { Prisma } from "../../../prisma/generated/client.ts";
import { ConflictError, DomainError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { distanceSql } from "../find/find.service.ts";
import { insertDraftPlacements } from "../school-placement/school-placement.service.ts";
import type { PlacementDetails } from "../school-placement/school-placement.schema.ts";
import type { SchoolContactDetails } from "../school-contact/school-contact.schema.ts";
import {
  OTHER_REASON,
  PotentialPlacementDetailsSchema,
  type ChangeHostingInterest,
  type PotentialPlacementDetails,
  type RecordHostingInterest,
} from "./hosting-interest.schema.ts";

export const ALREADY_RECORDED_MESSAGE =
  "Your school has already told us whether it can offer placements in this academic year";
export const CHANGED_MEANWHILE_MESSAGE =
  "Your placement availability was changed by someone else. Check it and try again";
export const UNABLE_TO_CHANGE_MESSAGE =
  "You cannot change your placement availability because a provider is assigned to one of your placements";
export const NOT_INTERESTED_MESSAGE = "Your school has no potential placements to add";

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** The stored "Maybe" details, or null when absent or not in today's shape. */
function readPotential(value: unknown): PotentialPlacementDetails | null {
  const parsed = PotentialPlacementDetailsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The school's hosting interest for a year, its "Maybe" details, its contact and how its placements stand. */
export async function getHostingInterest(db: DbOrTx, schoolId: string, academicYearId: string) {
  const [interest, school, total, assigned] = await Promise.all([
    db.hostingInterest.findUnique({
      where: { schoolId_academicYearId: { schoolId, academicYearId } },
      select: { id: true, appetite: true, reasonsNotHosting: true, otherReasonNotHosting: true },
    }),
    db.school.findUniqueOrThrow({
      where: { id: schoolId },
      select: {
        potentialPlacementDetails: true,
        schoolContact: { select: { firstName: true, lastName: true, emailAddress: true } },
      },
    }),
    db.placement.count({ where: { schoolId, academicYearId } }),
    db.placement.count({ where: { schoolId, academicYearId, providerId: { not: null } } }),
  ]);
  return {
    interest: interest
      ? {
          id: interest.id,
          appetite: interest.appetite,
          reasons: Array.isArray(interest.reasonsNotHosting) ? (interest.reasonsNotHosting as string[]) : [],
          otherReason: interest.otherReasonNotHosting,
        }
      : null,
    potential: interest?.appetite === "interested" ? readPotential(school.potentialPlacementDetails) : null,
    contact: school.schoolContact,
    placements: { total, assigned, unassigned: total - assigned },
  };
}

function reasonsData(input: { appetite: string; reasons?: string[]; otherReason?: string }) {
  if (input.appetite !== "not_open") {
    return { reasonsNotHosting: Prisma.DbNull, otherReasonNotHosting: null };
  }
  const reasons = [...new Set(input.reasons)].sort((a, b) =>
    a === OTHER_REASON ? 1 : b === OTHER_REASON ? -1 : a.localeCompare(b),
  );
  const other = reasons.includes(OTHER_REASON) ? input.otherReason?.trim() || null : null;
  // "Other" needs the school's own words (the form says so; the service holds the rule too).
  if (reasons.includes(OTHER_REASON) && !other) {
    throw new DomainError("Enter your reason for not taking part in ITT", "otherReason");
  }
  return { reasonsNotHosting: reasons, otherReasonNotHosting: other };
}

/** Writes the branch's details: placements (Yes), potential details (Maybe); clears Maybe's details otherwise. */
async function applyBranch(
  tx: Tx,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  input: { appetite: string; placements?: PlacementDetails[]; potential?: PotentialPlacementDetails },
) {
  const created =
    input.appetite === "actively_looking"
      ? await insertDraftPlacements(tx, actor, schoolId, academicYearId, input.placements ?? [])
      : [];
  await tx.school.update({
    where: { id: schoolId },
    data: {
      expressionOfInterestCompleted: true,
      potentialPlacementDetails:
        input.appetite === "interested" ? (input.potential as Prisma.InputJsonValue) : Prisma.DbNull,
    },
  });
  return created;
}

async function saveContact(tx: Tx, schoolId: string, contact: SchoolContactDetails) {
  const data = { firstName: contact.firstName, lastName: contact.lastName, emailAddress: contact.email };
  await tx.schoolContact.upsert({ where: { schoolId }, create: { schoolId, ...data }, update: data });
}

/**
 * The add wizard: the school's first answer for the year. One hosting interest per school and year is a unique
 * index: a second answer (another user, a second tab) is refused and changes nothing.
 */
export async function recordHostingInterest(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  input: RecordHostingInterest,
) {
  try {
    return await db.$transaction(async (tx) => {
      const interest = await tx.hostingInterest.create({
        data: { schoolId, academicYearId, appetite: input.appetite, ...reasonsData(input) },
        select: { id: true },
      });
      await saveContact(tx, schoolId, input.contact);
      const created = await applyBranch(tx, actor, schoolId, academicYearId, input);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "hosting_interest.created",
        recordType: "HostingInterest",
        recordId: interest.id,
        changes: { appetite: input.appetite, placements: created.length },
      });
      return { id: interest.id, appetite: input.appetite, placementIds: created.map((p) => p.id) };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(ALREADY_RECORDED_MESSAGE);
    throw error;
  }
}

/**
 * The edit wizard. Refused while a provider is assigned to any of the year's placements. A conditional update
 * from the appetite the user started from; leaving "Yes" deletes the year's unassigned placements (a provider
 * assigned meanwhile keeps theirs, and the change is refused).
 */
export async function changeHostingInterest(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  input: ChangeHostingInterest,
) {
  return db.$transaction(async (tx) => {
    const assignedWhere = { schoolId, academicYearId, providerId: { not: null } };
    if (await tx.placement.count({ where: assignedWhere })) throw new DomainError(UNABLE_TO_CHANGE_MESSAGE);
    const { count } = await tx.hostingInterest.updateMany({
      where: { schoolId, academicYearId, appetite: input.expectedAppetite },
      data: { appetite: input.appetite, ...reasonsData(input) },
    });
    if (count === 0) throw new ConflictError(CHANGED_MEANWHILE_MESSAGE);
    let deleted = 0;
    if (input.expectedAppetite === "actively_looking" && input.appetite !== "actively_looking") {
      deleted = (await tx.placement.deleteMany({ where: { schoolId, academicYearId, providerId: null } })).count;
      if (await tx.placement.count({ where: assignedWhere })) throw new DomainError(UNABLE_TO_CHANGE_MESSAGE);
    }
    const created = await applyBranch(tx, actor, schoolId, academicYearId, input);
    const interest = await tx.hostingInterest.findUniqueOrThrow({
      where: { schoolId_academicYearId: { schoolId, academicYearId } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "hosting_interest.changed",
      recordType: "HostingInterest",
      recordId: interest.id,
      changes: { from: input.expectedAppetite, appetite: input.appetite, deleted, placements: created.length },
    });
    return { id: interest.id, appetite: input.appetite, placementIds: created.map((p) => p.id), deleted };
  });
}

/**
 * "Maybe" becomes "Yes": the chosen placements are created (drafts), the potential details are cleared. A
 * conditional update from `interested`: converting twice (two tabs) adds the placements once.
 */
export async function convertPotentialPlacements(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  academicYearId: string,
  placements: PlacementDetails[],
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.hostingInterest.updateMany({
      where: { schoolId, academicYearId, appetite: "interested" },
      data: { appetite: "actively_looking" },
    });
    if (count === 0) throw new ConflictError(NOT_INTERESTED_MESSAGE);
    const created = await applyBranch(tx, actor, schoolId, academicYearId, {
      appetite: "actively_looking",
      placements,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "hosting_interest.converted",
      recordType: "School",
      recordId: schoolId,
      changes: { placements: created.length },
    });
    return { placementIds: created.map((p) => p.id) };
  });
}

export type NearbyProvider = {
  id: string;
  name: string;
  emailAddress: string | null;
  telephone: string | null;
  website: string | null;
  miles: number;
};

/** The providers nearest the school, from stored coordinates (none when the school has no coordinates). */
export async function nearestProviders(db: DbOrTx, schoolId: string, limit = 2): Promise<NearbyProvider[]> {
  const school = await db.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { id: true, name: true, latitude: true, longitude: true },
  });
  if (school.latitude === null || school.longitude === null) return [];
  const place = { id: school.id, name: school.name, latitude: school.latitude, longitude: school.longitude };
  const distance = distanceSql(place, "p");
  return db.$queryRaw<NearbyProvider[]>(Prisma.sql`
    SELECT p.id, p.name, p.email_address AS "emailAddress", p.telephone, p.website, ${distance} AS miles
    FROM providers p
    WHERE p.latitude IS NOT NULL AND p.longitude IS NOT NULL
    ORDER BY miles, p.name
    LIMIT ${limit}`);
}
