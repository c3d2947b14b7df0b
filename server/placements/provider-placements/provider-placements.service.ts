/**
 * My placements: the published placements assigned to this provider in the selected academic year, filtered by
 * school, subject (the placement's subject or one of its additional subjects) and phase (the subject's area:
 * primary or secondary), ordered by subject name then school name.
 */
import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import { placementTitle } from "../placement/placement-summary.ts";
import { getSchoolPlacement } from "../school-placement/school-placement.service.ts";
import type { ProviderPlacementFilters } from "./provider-placements.schema.ts";

/**
 * The list and what its filters offer (the schools and subjects, additional subjects included, of the provider's
 * placements that year), in one statement: a provider's placements in a year are few, so they are read once and
 * filtered here.
 */
export async function listProviderPlacements(
  db: DbOrTx,
  providerId: string,
  academicYearId: string,
  filters: ProviderPlacementFilters,
) {
  const rows = await db.placement.findMany({
    where: { providerId, academicYearId, status: "published" },
    select: {
      id: true,
      sendSpecific: true,
      yearGroup: true,
      subject: { select: { id: true, name: true, subjectArea: true } },
      additionalSubjects: { select: { subject: { select: { id: true, name: true } } } },
      keyStage: { select: { name: true } },
      school: { select: { id: true, name: true } },
    },
  });
  const schools = new Map<string, string>();
  const subjects = new Map<string, string>();
  for (const r of rows) {
    schools.set(r.school.id, r.school.name);
    if (r.subject) subjects.set(r.subject.id, r.subject.name);
    for (const a of r.additionalSubjects) subjects.set(a.subject.id, a.subject.name);
  }
  const matches = (r: (typeof rows)[number]) =>
    (!filters.school.length || filters.school.includes(r.school.id)) &&
    (!filters.subject.length ||
      [r.subject?.id, ...r.additionalSubjects.map((a) => a.subject.id)].some(
        (id) => id !== undefined && filters.subject.includes(id),
      )) &&
    (!filters.phase.length || (r.subject !== null && filters.phase.includes(r.subject.subjectArea)));
  const placements = rows
    .filter(matches)
    .map((p) => ({ id: p.id, title: placementTitle(p), subject: p.subject?.name ?? "", school: p.school }))
    .sort(
      (a, b) =>
        a.subject.localeCompare(b.subject) || a.school.name.localeCompare(b.school.name) || a.id.localeCompare(b.id),
    );
  const sorted = (m: Map<string, string>) =>
    [...m].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return { placements, options: { schools: sorted(schools), subjects: sorted(subjects) } };
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
