import type { Db } from "../../db.ts";

/** The provider's placements page: published placements at its partner schools. */
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
  subject: { select: { name: true } },
  additionalSubjects: { select: { subject: { select: { name: true } } } },
  keyStage: { select: { name: true } },
  academicYear: { select: { name: true, startsOn: true } },
  provider: { select: { name: true } },
  school: { select: { name: true } },
} as const;

type Row = {
  id: string;
  yearGroup: string | null;
  sendSpecific: boolean;
  subject: { name: string } | null;
  additionalSubjects: { subject: { name: string } }[];
  keyStage: { name: string } | null;
  academicYear: { name: string; startsOn: Date };
  provider: { name: string } | null;
  school: { name: string };
};

function present(p: Row) {
  const extra = p.additionalSubjects.map((a) => a.subject.name);
  const subject = p.sendSpecific && !p.subject ? "SEND" : (p.subject?.name ?? "");
  return {
    id: p.id,
    subject: extra.length ? `${subject} – ${extra.join(", ")}` : subject,
    yearGroupOrKeyStage: p.yearGroup ? YEAR_GROUPS[p.yearGroup] : (p.keyStage?.name ?? "Not entered"),
    academicYear: p.academicYear.name,
    provider: p.provider?.name ?? null,
    school: p.school.name,
  };
}

/** Published placements at the provider's partner schools. */
export async function listPartnerSchoolPlacements(db: Db, providerId: string) {
  const rows = await db.placement.findMany({
    where: { status: "published", school: { placementsService: true, partnerships: { some: { providerId } } } },
    select: placementSelect,
    orderBy: [{ school: { name: "asc" } }, { academicYear: { startsOn: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map(present);
}
