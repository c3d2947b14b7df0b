import type { Db, DbOrTx } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { londonToday } from "../time/uk-time.ts";

/** Support onboarding of organisations into a service. */

/** The claim window open today, else the next one to open (kept windows only). */
export async function currentOrUpcomingClaimWindow(db: DbOrTx, now = new Date()) {
  const d = londonToday(now);
  const current = await db.claimWindow.findFirst({
    where: { discardedAt: null, startsOn: { lte: d }, endsOn: { gte: d } },
    select: { id: true, academicYearId: true },
  });
  if (current) return current;
  return db.claimWindow.findFirst({
    where: { discardedAt: null, startsOn: { gt: d } },
    orderBy: { startsOn: "asc" },
    select: { id: true, academicYearId: true },
  });
}

export const NO_CLAIM_WINDOW = "You cannot add an organisation until there is a current or upcoming claim window";

export function alreadyAddedMessage(name: string) {
  return `${name} has already been added`;
}

export async function getSchoolForOnboarding(db: Db, schoolId: string) {
  const school = await db.school.findUnique({
    where: { id: schoolId },
    select: {
      id: true,
      name: true,
      urn: true,
      town: true,
      postcode: true,
      claimsService: true,
      placementsService: true,
    },
  });
  if (!school) throw new NotFoundError("school");
  return school;
}

export async function getProviderForOnboarding(db: Db, providerId: string) {
  const provider = await db.provider.findUnique({
    where: { id: providerId },
    select: { id: true, name: true, code: true, postcode: true, placementsService: true },
  });
  if (!provider) throw new NotFoundError("provider");
  return provider;
}

/**
 * Onboards a GIAS school. Claims: needs a current or upcoming claim window and records the eligibility for
 * that window's academic year. Both: records who onboarded it. Only one of two simultaneous adds succeeds.
 */
export async function onboardSchool(
  db: Db,
  actor: SessionUser,
  service: "claims" | "placements",
  schoolId: string,
  requestId?: string,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const school = await tx.school.findUnique({ where: { id: schoolId }, select: { id: true, name: true } });
    if (!school) throw new NotFoundError("school");
    const flag = service === "claims" ? { claimsService: false } : { placementsService: false };
    let window: { academicYearId: string } | null = null;
    if (service === "claims") {
      window = await currentOrUpcomingClaimWindow(tx, now);
      if (!window) throw new DomainError(NO_CLAIM_WINDOW);
    }
    const { count } = await tx.school.updateMany({
      where: { id: schoolId, ...flag },
      data: {
        ...(service === "claims" ? { claimsService: true } : { placementsService: true }),
        manuallyOnboardedById: actor.id,
        manuallyOnboardedByType: service === "claims" ? "Claims::SupportUser" : "Placements::SupportUser",
      },
    });
    if (count === 0) throw new DomainError(alreadyAddedMessage(school.name), "organisationId");
    if (window) {
      await tx.eligibility.upsert({
        where: { schoolId_academicYearId: { schoolId, academicYearId: window.academicYearId } },
        create: { schoolId, academicYearId: window.academicYearId },
        update: {},
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: `school.onboarded.${service}`,
      recordType: "School",
      recordId: schoolId,
      requestId,
    });
    return school;
  });
}

export async function onboardProvider(db: Db, actor: SessionUser, providerId: string, requestId?: string) {
  return db.$transaction(async (tx) => {
    const provider = await tx.provider.findUnique({ where: { id: providerId }, select: { id: true, name: true } });
    if (!provider) throw new NotFoundError("provider");
    const { count } = await tx.provider.updateMany({
      where: { id: providerId, placementsService: false },
      data: { placementsService: true },
    });
    if (count === 0) throw new DomainError(alreadyAddedMessage(provider.name), "organisationId");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "provider.onboarded.placements",
      recordType: "Provider",
      recordId: providerId,
      requestId,
    });
    return provider;
  });
}

export interface ManualOrganisationInput {
  name: string;
  vendorNumber: string;
  regionId: string;
  address1: string;
  address2?: string;
  town: string;
  postcode: string;
  telephone?: string;
  website?: string;
}

export const VENDOR_NUMBER_TAKEN = "Vendor number is already used by another organisation";

/** A claims organisation with no URN (reference add_organisation_wizard), eligible for the window's year. */
export async function addManualClaimsOrganisation(
  db: Db,
  actor: SessionUser,
  input: ManualOrganisationInput,
  requestId?: string,
  now = new Date(),
) {
  try {
    return await db.$transaction(async (tx) => {
      const window = await currentOrUpcomingClaimWindow(tx, now);
      if (!window) throw new DomainError(NO_CLAIM_WINDOW);
      const region = await tx.region.findUnique({ where: { id: input.regionId }, select: { id: true } });
      if (!region) throw new DomainError("Select a region", "regionId");
      const taken = await tx.school.findUnique({ where: { vendorNumber: input.vendorNumber }, select: { id: true } });
      if (taken) throw new DomainError(VENDOR_NUMBER_TAKEN, "vendorNumber");
      const school = await tx.school.create({
        data: {
          name: input.name,
          vendorNumber: input.vendorNumber,
          regionId: region.id,
          address1: input.address1,
          address2: input.address2 || null,
          town: input.town,
          postcode: input.postcode,
          telephone: input.telephone || null,
          website: input.website || null,
          claimsService: true,
          manuallyOnboardedById: actor.id,
          manuallyOnboardedByType: "Claims::SupportUser",
        },
        select: { id: true, name: true },
      });
      await tx.eligibility.create({ data: { schoolId: school.id, academicYearId: window.academicYearId } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "school.created.claims",
        recordType: "School",
        recordId: school.id,
        requestId,
      });
      return school;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new DomainError(VENDOR_NUMBER_TAKEN, "vendorNumber");
    throw error;
  }
}

export async function listRegions(db: Db) {
  return db.region.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
