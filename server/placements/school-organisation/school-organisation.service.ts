import type { DbOrTx } from "../../db.ts";

/** A placements school as its header, navigation and Organisation details page need it. */
export async function getSchoolOrganisation(db: DbOrTx, schoolId: string) {
  return db.school.findFirstOrThrow({
    where: { id: schoolId, placementsService: true },
    select: {
      id: true,
      name: true,
      urn: true,
      ukprn: true,
      phase: true,
      telephone: true,
      website: true,
      emailAddress: true,
      address1: true,
      address2: true,
      address3: true,
      town: true,
      postcode: true,
      typeOfEstablishment: true,
      region: { select: { name: true } },
      schoolContact: { select: { id: true, firstName: true, lastName: true, emailAddress: true } },
    },
  });
}

/**
 * Where a school user lands: the hosting-interest wizard when the school has told us nothing about the selected
 * year (no hosting interest for it), otherwise its placements.
 */
export async function schoolLanding(db: DbOrTx, schoolId: string, academicYearId: string) {
  const interest = await db.hostingInterest.findUnique({
    where: { schoolId_academicYearId: { schoolId, academicYearId } },
    select: { id: true },
  });
  return {
    needsHostingInterest: !interest,
    destination: interest ? ("placements" as const) : ("hosting-interest/new" as const),
  };
}
