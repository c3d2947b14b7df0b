/**
 * Assigning a provider to a school's placement, and removing it. A school assigns only a provider it works with
 * (a partnership; any other provider's id is a NotFoundError, whatever the form posted), only to a published
 * placement without a provider, and confirms when it is the last available placement of that academic year. Both
 * changes are conditional updates on the provider the user saw.
 */
import type { Db, DbOrTx, Tx } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";
import { ConflictError, DomainError, NotFoundError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueEmail } from "../../shared/email/email.service.ts";
import {
  placementsProviderAssigned,
  placementsProviderRemoved,
  placementsSchoolRemovedProvider,
} from "../../shared/email/templates.ts";
import { appOrigin } from "../../env.ts";
import { placementTitle } from "../placement/placement-summary.ts";
import { listPartners, providerUsers } from "../partnership/partnership.service.ts";

export const ALREADY_ASSIGNED = "A provider has already been assigned to this placement";
export const NOT_PUBLISHED = "Publish this placement before you assign a provider";
export const PROVIDER_ALREADY_REMOVED = "The provider has already been removed from this placement";
export const CONFIRM_LAST_PLACEMENT = "Confirm you are assigning your last available placement";

const placementForProvider = {
  id: true,
  status: true,
  providerId: true,
  academicYearId: true,
  sendSpecific: true,
  yearGroup: true,
  subject: { select: { name: true } },
  additionalSubjects: { select: { subject: { select: { name: true } } }, orderBy: { subject: { name: "asc" } } },
  keyStage: { select: { name: true } },
} as const;

async function loadPlacement(db: DbOrTx, schoolId: string, placementId: string) {
  const placement = await db.placement.findFirst({
    where: { id: placementId, schoolId },
    select: placementForProvider,
  });
  if (!placement) throw new NotFoundError("placement");
  return placement;
}

/** Published placements of the year with no provider: when this is the only one, the school is told it is its last. */
async function isLastAvailable(db: DbOrTx, schoolId: string, academicYearId: string) {
  const available = await db.placement.count({
    where: { schoolId, academicYearId, status: "published", providerId: null },
  });
  return available === 1;
}

/** What the "Select a provider" page offers: the school's partner providers, and whether this is its last placement. */
export async function providerChoices(db: DbOrTx, schoolId: string, placementId: string) {
  const placement = await loadPlacement(db, schoolId, placementId);
  return {
    title: placementTitle(placement),
    assigned: placement.providerId !== null,
    published: placement.status === "published",
    lastAvailable:
      placement.status === "published" &&
      placement.providerId === null &&
      (await isLastAvailable(db, schoolId, placement.academicYearId)),
    providers: (await listPartners(db, { kind: "school", orgId: schoolId })).map((p) => ({ id: p.id, name: p.name })),
  };
}

async function partnerProvider(db: DbOrTx, schoolId: string, providerId: string) {
  const partnership = await db.partnership.findUnique({
    where: { schoolId_providerId: { schoolId, providerId } },
    select: {
      provider: {
        select: { id: true, name: true, placementsService: true },
      },
    },
  });
  // A provider the school does not work with is treated like a missing one.
  if (!partnership) throw new NotFoundError("partner provider");
  return partnership.provider;
}

async function schoolForEmail(tx: Tx, schoolId: string) {
  return tx.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { name: true, schoolContact: { select: { emailAddress: true } } },
  });
}

const signInUrl = () => `${appOrigin()}/placements/sign-in`;

/** Assigns a partner provider. `lastPlacementConfirmed` answers "You are assigning your last available placement". */
export async function assignProvider(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  placementId: string,
  input: { providerId: string; lastPlacementConfirmed?: boolean },
) {
  return db.$transaction(async (tx) => {
    const placement = await loadPlacement(tx, schoolId, placementId);
    const provider = await partnerProvider(tx, schoolId, input.providerId);
    if (placement.providerId !== null) throw new ConflictError(ALREADY_ASSIGNED);
    if (placement.status !== "published") throw new DomainError(NOT_PUBLISHED);
    if (!input.lastPlacementConfirmed && (await isLastAvailable(tx, schoolId, placement.academicYearId))) {
      throw new DomainError(CONFIRM_LAST_PLACEMENT);
    }
    const { count } = await tx.placement.updateMany({
      where: { id: placementId, schoolId, providerId: null, status: "published" },
      data: { providerId: provider.id },
    });
    if (count === 0) throw new ConflictError(ALREADY_ASSIGNED);
    const title = placementTitle(placement);
    if (provider.placementsService) {
      const school = await schoolForEmail(tx, schoolId);
      for (const user of await providerUsers(tx, provider.id)) {
        await queueEmail(tx, {
          to: user.email,
          service: "placements",
          ...placementsProviderAssigned({
            firstName: user.firstName,
            providerName: provider.name,
            schoolName: school.name,
            schoolContactEmail: school.schoolContact?.emailAddress ?? null,
            placementName: title,
            url: `${appOrigin()}/placements/providers/${provider.id}/partner-schools/${schoolId}/placements/${placementId}`,
            signInUrl: signInUrl(),
          }),
        });
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "placement.provider_assigned",
      recordType: "Placement",
      recordId: placementId,
      changes: { providerId: provider.id },
    });
    return { providerName: provider.name };
  });
}

/**
 * Removes the provider the user saw (`providerId`) from the placement: a conditional update, so a provider changed or
 * removed meanwhile is a conflict. E-mails the provider's users and the school's users.
 */
export async function unassignProvider(
  db: Db,
  actor: SessionUser,
  schoolId: string,
  placementId: string,
  providerId: string,
) {
  return db.$transaction(async (tx) => {
    const placement = await loadPlacement(tx, schoolId, placementId);
    const { count } = await tx.placement.updateMany({
      where: { id: placementId, schoolId, providerId },
      data: { providerId: null },
    });
    if (count === 0) throw new ConflictError(PROVIDER_ALREADY_REMOVED);
    const provider = await tx.provider.findUniqueOrThrow({
      where: { id: providerId },
      select: {
        name: true,
        placementsService: true,
        emailAddress: true,
        emailAddresses: {
          select: { emailAddress: true },
          orderBy: [{ primary: "desc" }, { createdAt: "asc" }],
          take: 1,
        },
      },
    });
    const title = placementTitle(placement);
    const school = await schoolForEmail(tx, schoolId);
    if (provider.placementsService) {
      for (const user of await providerUsers(tx, providerId)) {
        await queueEmail(tx, {
          to: user.email,
          service: "placements",
          ...placementsProviderRemoved({
            firstName: user.firstName,
            providerName: provider.name,
            schoolName: school.name,
            schoolContactEmail: school.schoolContact?.emailAddress ?? null,
            placementName: title,
            signInUrl: signInUrl(),
          }),
        });
      }
    }
    for (const user of await schoolUsers(tx, schoolId)) {
      await queueEmail(tx, {
        to: user.email,
        service: "placements",
        ...placementsSchoolRemovedProvider({
          firstName: user.firstName,
          providerName: provider.name,
          providerEmail: provider.emailAddress ?? provider.emailAddresses[0]?.emailAddress ?? null,
          placementName: title,
          url: `${appOrigin()}/placements/schools/${schoolId}/placements/${placementId}`,
          signInUrl: signInUrl(),
        }),
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "placement.provider_removed",
      recordType: "Placement",
      recordId: placementId,
      changes: { providerId: null, previousProviderId: providerId },
    });
    return { providerName: provider.name };
  });
}

async function schoolUsers(tx: Tx, schoolId: string) {
  return tx.user.findMany({
    where: {
      service: "placements",
      kind: "user",
      discardedAt: null,
      memberships: { some: { organisationType: "School", organisationId: schoolId } },
    },
    select: { email: true, firstName: true },
    orderBy: { email: "asc" },
  });
}
