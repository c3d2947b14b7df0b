/**
 * Partnerships: the providers a school works with ("Providers you work with") and the schools a provider works with
 * ("Schools you work with"). One row per pair (UNIQUE school_id, provider_id). Either side may add or delete it.
 *
 * The organisation whose pages these are (`Side.orgId`) comes from the procedure guard; the partner is loaded by id:
 * any provider, or any GIAS school (with a URN), as the search shows them. A partner that is not in a partnership with
 * the organisation is a NotFoundError, exactly like a missing one.
 *
 * E-mails go only when a school adds or deletes a provider, to the users of a provider onboarded to placements.
 * Deleting a partnership leaves the provider assigned to the school's placements: the school removes it from each.
 */
import type { Db, DbOrTx, Tx } from "../../db.ts";
import type { SessionUser } from "../../auth/session.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { queueEmail } from "../../shared/email/email.service.ts";
import { placementsPartnershipCreated, placementsPartnershipDestroyed } from "../../shared/email/templates.ts";
import { appOrigin } from "../../env.ts";
import { findProviderCandidates, findSchoolCandidates } from "../../shared/organisation/organisation-search.service.ts";
import { placementTitle } from "../placement/placement-summary.ts";
import { findSchoolPlacements } from "../find-school/find-school.service.ts";
import { getSchoolPlacement } from "../school-placement/school-placement.service.ts";
import { alreadyAddedMessage, type PartnerKind } from "./partnership.schema.ts";

/** Which side's pages: a school (its partners are providers) or a provider (its partners are schools). */
export type Side = { kind: "school" | "provider"; orgId: string };

export const partnerKind = (side: Side): PartnerKind => (side.kind === "school" ? "provider" : "school");

function pair(side: Side, partnerId: string) {
  return side.kind === "school"
    ? { schoolId: side.orgId, providerId: partnerId }
    : { schoolId: partnerId, providerId: side.orgId };
}

const providerDetails = {
  id: true,
  name: true,
  code: true,
  ukprn: true,
  urn: true,
  emailAddress: true,
  telephone: true,
  website: true,
  address1: true,
  address2: true,
  address3: true,
  town: true,
  postcode: true,
  placementsService: true,
} as const;

const schoolDetails = {
  id: true,
  name: true,
  urn: true,
  ukprn: true,
  emailAddress: true,
  telephone: true,
  website: true,
  address1: true,
  address2: true,
  address3: true,
  town: true,
  postcode: true,
  phase: true,
  placementsService: true,
} as const;

export type PartnerDetails = {
  id: string;
  name: string;
  /** URN for a school, UKPRN for a provider (the list's second column). */
  reference: string | null;
  rows: [string, string][];
  placementsService: boolean;
};

function addressOf(o: {
  address1: string | null;
  address2: string | null;
  address3: string | null;
  town: string | null;
  postcode: string | null;
}) {
  return [o.address1, o.address2, o.address3, o.town, o.postcode].filter(Boolean).join(", ");
}

/** Any partner-to-be by id (the check page); a school must be a GIAS school (with a URN). */
async function loadPartner(db: DbOrTx, kind: PartnerKind, partnerId: string): Promise<PartnerDetails> {
  if (kind === "provider") {
    const p = await db.provider.findUnique({ where: { id: partnerId }, select: providerDetails });
    if (!p) throw new NotFoundError("provider");
    return {
      id: p.id,
      name: p.name,
      reference: p.ukprn,
      placementsService: p.placementsService,
      rows: [
        ["Name", p.name],
        ["UK provider reference number (UKPRN)", p.ukprn ?? "Not entered"],
        ["Unique reference number (URN)", p.urn ?? "Not entered"],
        ["Email address", p.emailAddress ?? "Not entered"],
        ["Telephone number", p.telephone ?? "Not entered"],
        ["Website", p.website ?? "Not entered"],
        ["Address", addressOf(p) || "Not entered"],
      ],
    };
  }
  const s = await db.school.findFirst({ where: { id: partnerId, urn: { not: null } }, select: schoolDetails });
  if (!s) throw new NotFoundError("school");
  return {
    id: s.id,
    name: s.name,
    reference: s.urn,
    placementsService: s.placementsService,
    rows: [
      ["Name", s.name],
      ["Unique reference number (URN)", s.urn ?? "Not entered"],
      ["UK provider reference number (UKPRN)", s.ukprn ?? "Not entered"],
      ["Phase", s.phase ?? "Not entered"],
      ["Email address", s.emailAddress ?? "Not entered"],
      ["Telephone number", s.telephone ?? "Not entered"],
      ["Website", s.website ?? "Not entered"],
      ["Address", addressOf(s) || "Not entered"],
    ],
  };
}

async function partnershipExists(db: DbOrTx, side: Side, partnerId: string) {
  return Boolean(
    await db.partnership.findUnique({ where: { schoolId_providerId: pair(side, partnerId) }, select: { id: true } }),
  );
}

// Reads --------------------------------------------------------------------------------------------------------------

/** The organisation's partners, by name. */
export async function listPartners(db: DbOrTx, side: Side) {
  if (side.kind === "school") {
    const rows = await db.partnership.findMany({
      where: { schoolId: side.orgId },
      select: { provider: { select: { id: true, name: true, ukprn: true } } },
      orderBy: [{ provider: { name: "asc" } }, { providerId: "asc" }],
    });
    return rows.map((r) => ({ id: r.provider.id, name: r.provider.name, reference: r.provider.ukprn }));
  }
  const rows = await db.partnership.findMany({
    where: { providerId: side.orgId },
    select: { school: { select: { id: true, name: true, urn: true } } },
    orderBy: [{ school: { name: "asc" } }, { schoolId: "asc" }],
  });
  return rows.map((r) => ({ id: r.school.id, name: r.school.name, reference: r.school.urn }));
}

/**
 * One partner of the organisation, with the school's placements assigned to the provider (every academic year): the
 * delete page lists them, because the provider stays assigned to them.
 */
export async function getPartner(db: DbOrTx, side: Side, partnerId: string) {
  if (!(await partnershipExists(db, side, partnerId))) throw new NotFoundError("partnership");
  const partner = await loadPartner(db, partnerKind(side), partnerId);
  const assigned = await assignedPlacements(db, pair(side, partnerId));
  return { ...partner, assignedPlacements: assigned };
}

async function assignedPlacements(db: DbOrTx, p: { schoolId: string; providerId: string }) {
  const rows = await db.placement.findMany({
    where: { schoolId: p.schoolId, providerId: p.providerId },
    select: {
      id: true,
      sendSpecific: true,
      yearGroup: true,
      subject: { select: { name: true } },
      additionalSubjects: { select: { subject: { select: { name: true } } }, orderBy: { subject: { name: "asc" } } },
      keyStage: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, title: placementTitle(r) }));
}

/** The options step: up to 15 matches, each saying whether it is already a partner. */
export async function partnerCandidates(db: Db, side: Side, query: string) {
  const candidates =
    side.kind === "school"
      ? await findProviderCandidates(db, query)
      : await findSchoolCandidates(db, "placements", query);
  const existing = new Set(
    (
      await db.partnership.findMany({
        where:
          side.kind === "school"
            ? { schoolId: side.orgId, providerId: { in: candidates.map((c) => c.id) } }
            : { providerId: side.orgId, schoolId: { in: candidates.map((c) => c.id) } },
        select: { schoolId: true, providerId: true },
      })
    ).map((p) => (side.kind === "school" ? p.providerId : p.schoolId)),
  );
  return candidates.map((c) => ({ id: c.id, name: c.name, detail: c.detail, alreadyAdded: existing.has(c.id) }));
}

/** A partner-to-be for the check page (and an autocomplete pick), with whether it has already been added. */
export async function partnerCandidate(db: DbOrTx, side: Side, partnerId: string) {
  const partner = await loadPartner(db, partnerKind(side), partnerId);
  return { ...partner, alreadyAdded: await partnershipExists(db, side, partnerId) };
}

// Writes -------------------------------------------------------------------------------------------------------------

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** The placements users of a provider (the recipients of every e-mail to a provider). */
export async function providerUsers(tx: Tx, providerId: string) {
  return tx.user.findMany({
    where: {
      service: "placements",
      kind: "user",
      discardedAt: null,
      memberships: { some: { organisationType: "Provider", organisationId: providerId } },
    },
    select: { email: true, firstName: true },
    orderBy: { email: "asc" },
  });
}

async function schoolForEmail(tx: Tx, schoolId: string) {
  return tx.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { name: true, schoolContact: { select: { emailAddress: true } } },
  });
}

/** Adds the partnership. A duplicate is a form error on the search field (the database's UNIQUE decides). */
export async function addPartnership(db: Db, actor: SessionUser, side: Side, partnerId: string) {
  const kind = partnerKind(side);
  const partner = await loadPartner(db, kind, partnerId);
  const ids = pair(side, partnerId);
  try {
    return await db.$transaction(async (tx) => {
      const partnership = await tx.partnership.create({ data: ids, select: { id: true } });
      if (side.kind === "school" && partner.placementsService) {
        const school = await schoolForEmail(tx, ids.schoolId);
        for (const user of await providerUsers(tx, ids.providerId)) {
          await queueEmail(tx, {
            to: user.email,
            service: "placements",
            ...placementsPartnershipCreated({
              firstName: user.firstName,
              providerName: partner.name,
              schoolName: school.name,
              schoolContactEmail: school.schoolContact?.emailAddress ?? null,
              signInUrl: `${appOrigin()}/placements/sign-in`,
            }),
          });
        }
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: "partnership.created",
        recordType: "Partnership",
        recordId: partnership.id,
        changes: { ...ids, addedBy: side.kind },
      });
      return { id: partnership.id, partnerName: partner.name };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError(alreadyAddedMessage(partner.name, kind), "partnerId");
    throw error;
  }
}

/**
 * Deletes the partnership (a conditional delete: deleted meanwhile → not found). The provider stays assigned to the
 * school's placements; when a school deletes a provider, the provider's e-mail lists them.
 */
export async function removePartnership(db: Db, actor: SessionUser, side: Side, partnerId: string) {
  const ids = pair(side, partnerId);
  return db.$transaction(async (tx) => {
    const existing = await tx.partnership.findUnique({ where: { schoolId_providerId: ids }, select: { id: true } });
    const { count } = await tx.partnership.deleteMany({ where: ids });
    if (!existing || count === 0) throw new NotFoundError("partnership");
    const partner = await loadPartner(tx, partnerKind(side), partnerId);
    if (side.kind === "school" && partner.placementsService) {
      const school = await schoolForEmail(tx, ids.schoolId);
      const placements = (await assignedPlacements(tx, ids)).map((p) => ({
        title: p.title,
        url: `${appOrigin()}/placements/providers/${ids.providerId}/placements`,
      }));
      for (const user of await providerUsers(tx, ids.providerId)) {
        await queueEmail(tx, {
          to: user.email,
          service: "placements",
          ...placementsPartnershipDestroyed({
            firstName: user.firstName,
            providerName: partner.name,
            schoolName: school.name,
            schoolContactEmail: school.schoolContact?.emailAddress ?? null,
            placements,
            signInUrl: `${appOrigin()}/placements/sign-in`,
          }),
        });
      }
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "partnership.removed",
      recordType: "Partnership",
      recordId: existing.id,
      changes: { ...ids, removedBy: side.kind },
    });
    return { partnerName: partner.name };
  });
}

// The provider's view of a partner school's placements -------------------------------------------------------------

const PROVIDER_STATUS = {
  yours: { text: "Assigned to you", colour: "blue" },
  available: { text: "Available", colour: "green" },
  unavailable: { text: "Unavailable", colour: "red" },
} as const;

/** A partner school's published placements in the year: those assigned to this provider, and the others. */
export async function partnerSchoolPlacements(
  db: DbOrTx,
  providerId: string,
  schoolId: string,
  academicYearId: string,
) {
  const side: Side = { kind: "provider", orgId: providerId };
  if (!(await partnershipExists(db, side, schoolId))) throw new NotFoundError("partnership");
  const school = await db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { placementsService: true } });
  if (!school.placementsService) return { assignedToYou: [], other: [] };
  const { unfilled, filled } = await findSchoolPlacements(db, { id: schoolId }, academicYearId, providerId);
  const all = [...unfilled, ...filled].map((p) => ({ ...p, statusTag: PROVIDER_STATUS[p.status] }));
  return { assignedToYou: all.filter((p) => p.status === "yours"), other: all.filter((p) => p.status !== "yours") };
}

/** One published placement of a partner school (drafts are invisible to providers). */
export async function partnerSchoolPlacement(db: DbOrTx, providerId: string, schoolId: string, placementId: string) {
  if (!(await partnershipExists(db, { kind: "provider", orgId: providerId }, schoolId))) {
    throw new NotFoundError("partnership");
  }
  const placement = await getSchoolPlacement(db, schoolId, placementId);
  if (placement.status !== "published") throw new NotFoundError("placement");
  const status =
    placement.provider === null ? "available" : placement.provider.id === providerId ? "yours" : "unavailable";
  return { ...placement, statusTag: PROVIDER_STATUS[status] };
}
