/**
 * My placements: the published placements assigned to this provider in the selected academic year, filtered by
 * school, subject (the placement's subject or one of its additional subjects) and phase (the subject's area:
 * primary or secondary), ordered by subject name then school name.
 */
import type { Prisma } from "../../../prisma/generated/client.ts";
import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import { placementTitle } from "../placement/placement-summary.ts";
import { getSchoolPlacement } from "../school-placement/school-placement.service.ts";
import type { ProviderPlacementFilters } from "./provider-placements.schema.ts";

const assignedTo = (providerId: string, academicYearId: string): Prisma.PlacementWhereInput => ({
  providerId,
  academicYearId,
  status: "published",
});

export async function listProviderPlacements(
  db: DbOrTx,
  providerId: string,
  academicYearId: string,
  filters: ProviderPlacementFilters,
) {
  const and: Prisma.PlacementWhereInput[] = [assignedTo(providerId, academicYearId)];
  if (filters.school.length) and.push({ schoolId: { in: filters.school } });
  if (filters.subject.length) {
    and.push({
      OR: [
        { subjectId: { in: filters.subject } },
        { additionalSubjects: { some: { subjectId: { in: filters.subject } } } },
      ],
    });
  }
  if (filters.phase.length) and.push({ subject: { subjectArea: { in: filters.phase } } });
  const rows = await db.placement.findMany({
    where: { AND: and },
    select: {
      id: true,
      sendSpecific: true,
      yearGroup: true,
      subject: { select: { name: true } },
      additionalSubjects: { select: { subject: { select: { name: true } } } },
      keyStage: { select: { name: true } },
      school: { select: { id: true, name: true } },
    },
  });
  return rows
    .map((p) => ({ id: p.id, title: placementTitle(p), subject: p.subject?.name ?? "", school: p.school }))
    .sort(
      (a, b) =>
        a.subject.localeCompare(b.subject) || a.school.name.localeCompare(b.school.name) || a.id.localeCompare(b.id),
    );
}

/**
 * What the filters offer: the schools and subjects of the provider's placements in the year (subjects and additional
 * subjects), in one statement.
 */
export async function providerPlacementFilterOptions(db: DbOrTx, providerId: string, academicYearId: string) {
  const rows = await db.placement.findMany({
    where: assignedTo(providerId, academicYearId),
    select: {
      school: { select: { id: true, name: true } },
      subject: { select: { id: true, name: true } },
      additionalSubjects: { select: { subject: { select: { id: true, name: true } } } },
    },
  });
  const schools = new Map<string, string>();
  const subjects = new Map<string, string>();
  for (const r of rows) {
    schools.set(r.school.id, r.school.name);
    if (r.subject) subjects.set(r.subject.id, r.subject.name);
    for (const a of r.additionalSubjects) subjects.set(a.subject.id, a.subject.name);
  }
  const sorted = (m: Map<string, string>) =>
    [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return { schools: sorted(schools), subjects: sorted(subjects) };
}

/** One placement assigned to this provider (any academic year); anything else is NOT_FOUND. */
export async function getProviderPlacement(db: DbOrTx, providerId: string, placementId: string) {
  const row = await db.placement.findFirst({
    where: { id: placementId, providerId, status: "published" },
    select: { schoolId: true },
  });
  if (!row) throw new NotFoundError("placement");
  return getSchoolPlacement(db, row.schoolId, placementId);
}
