/**
 * A school as a provider sees it from Find: its placements for the selected year (unfilled / filled), its ITT
 * placement contact, and its GIAS details with last year's placements. Only schools onboarded to placements, and only
 * published placements (drafts are invisible to providers).
 */
import { Prisma } from "../../../prisma/generated/client.ts";
import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import {
  academicYearAttributes,
  academicYearFor,
  academicYearStartYear,
} from "../../shared/academic-year/academic-year.service.ts";
import { londonToday } from "../../shared/time/uk-time.ts";
import { onboardedSchoolWithTag } from "../find/find.service.ts";

const YEAR_GROUPS: Record<string, string> = {
  nursery: "Nursery",
  reception: "Reception",
  year_1: "Year 1",
  year_2: "Year 2",
  year_3: "Year 3",
  year_4: "Year 4",
  year_5: "Year 5",
  year_6: "Year 6",
  mixed_year_groups: "Mixed year groups",
};

const placementSelect = {
  id: true,
  yearGroup: true,
  sendSpecific: true,
  providerId: true,
  subject: { select: { name: true } },
  additionalSubjects: { select: { subject: { select: { name: true } } }, orderBy: { subject: { name: "asc" } } },
  keyStage: { select: { name: true } },
  placementWindows: { select: { term: { select: { name: true } } } },
  mentorJoins: { select: { mentor: { select: { firstName: true, lastName: true } } } },
} as const;

type PlacementRow = Prisma.PlacementGetPayload<{ select: typeof placementSelect }>;

/** "SEND (Key stage 3)", "French and Spanish", "Primary (Year 2)". */
export function placementTitle(p: PlacementRow) {
  if (p.sendSpecific && !p.subject) return `SEND (${p.keyStage?.name ?? "Not entered"})`;
  const children = p.additionalSubjects.map((a) => a.subject.name);
  const subject = children.length
    ? children.length === 1
      ? children[0]
      : `${children.slice(0, -1).join(", ")} and ${children.at(-1)}`
    : (p.subject?.name ?? "Not entered");
  return p.yearGroup ? `${subject} (${YEAR_GROUPS[p.yearGroup]})` : subject;
}

const TERM_ORDER = ["Autumn term", "Spring term", "Summer term"];

function present(p: PlacementRow, providerId: string) {
  const terms = p.placementWindows
    .map((w) => w.term.name)
    .sort((a, b) => TERM_ORDER.indexOf(a) - TERM_ORDER.indexOf(b));
  return {
    id: p.id,
    title: placementTitle(p),
    terms: terms.length ? terms.join(", ") : "Any time in the academic year",
    mentors: p.mentorJoins.length
      ? p.mentorJoins.map((m) => `${m.mentor.firstName} ${m.mentor.lastName}`).join(", ")
      : "Not yet known",
    status:
      p.providerId === null
        ? ("available" as const)
        : p.providerId === providerId
          ? ("yours" as const)
          : ("unavailable" as const),
  };
}

/**
 * Header of every tab, and the check every tab makes first: the school (onboarded to placements, else NOT_FOUND)
 * with its tag for the year, in one statement. The other tabs take the school it returns.
 */
export async function findSchoolSummary(db: DbOrTx, schoolId: string, academicYearId: string) {
  const school = await onboardedSchoolWithTag(db, schoolId, Prisma.sql`${academicYearId}::uuid`);
  if (!school) throw new NotFoundError();
  return school;
}

/** A school the caller has checked is onboarded to placements (findSchoolSummary, or the school's own read). */
export type FindSchool = { id: string };

export async function findSchoolPlacements(
  db: DbOrTx,
  { id: schoolId }: FindSchool,
  academicYearId: string,
  providerId: string,
) {
  const rows = await db.placement.findMany({
    where: { schoolId, academicYearId, status: "published" },
    select: placementSelect,
    orderBy: [{ subject: { name: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const placements = rows.map((p) => present(p, providerId));
  return {
    unfilled: placements.filter((p) => p.status === "available"),
    filled: placements.filter((p) => p.status !== "available"),
  };
}

export async function findSchoolContact(db: DbOrTx, { id: schoolId }: FindSchool) {
  const contact = await db.schoolContact.findUnique({
    where: { schoolId },
    select: { firstName: true, lastName: true, emailAddress: true },
  });
  return contact
    ? { name: [contact.firstName, contact.lastName].filter(Boolean).join(" ") || null, email: contact.emailAddress }
    : null;
}

/** GIAS details, Ofsted, SEN provision, and the published placements of the academic year before this one. */
export async function findSchoolDetails(db: DbOrTx, { id: schoolId }: FindSchool, providerId: string) {
  const school = await db.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: {
      name: true,
      phase: true,
      minimumAge: true,
      maximumAge: true,
      ukprn: true,
      urn: true,
      telephone: true,
      website: true,
      emailAddress: true,
      address1: true,
      address2: true,
      address3: true,
      town: true,
      postcode: true,
      typeOfEstablishment: true,
      gender: true,
      religiousCharacter: true,
      admissionsPolicy: true,
      urbanOrRural: true,
      schoolCapacity: true,
      totalPupils: true,
      totalBoys: true,
      totalGirls: true,
      percentageFreeSchoolMeals: true,
      specialClasses: true,
      sendProvision: true,
      trainingWithDisabilities: true,
      rating: true,
      lastInspectionDate: true,
      group: true,
      schoolSenProvisions: {
        select: { senProvision: { select: { name: true } } },
        orderBy: { senProvision: { name: "asc" } },
      },
    },
  });
  const lastYear = await academicYearFor(db, academicYearAttributes(academicYearStartYear(londonToday()) - 1).startsOn);
  const rows = await db.placement.findMany({
    where: { schoolId, academicYearId: lastYear.id, status: "published" },
    select: placementSelect,
    orderBy: [{ subject: { name: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const { schoolSenProvisions, ...fields } = school;
  return {
    ...fields,
    senProvisions: schoolSenProvisions.map((s) => s.senProvision.name),
    lastYear: { name: lastYear.name, placements: rows.map((p) => present(p, providerId)) },
  };
}
