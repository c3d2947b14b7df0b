import type { Db, Tx } from "../../db.ts";
import type { ServiceName, SessionUser } from "../../auth/session.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { queueEmail } from "../email/email.service.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { invitationEmail, removalEmail, type OrganisationKind } from "./emails.ts";
import type { UserDetails } from "./user.schema.ts";

/**
 * Users of one organisation (a school or a provider) in one service. The organisation has already been
 * checked by the procedure guard (membership or support); every query here is scoped to it, so another
 * organisation's user is a NotFoundError exactly like a missing one.
 */
export interface OrganisationRef {
  service: ServiceName;
  kind: OrganisationKind;
  id: string;
}

/** Claims keeps provider users apart from school users (reference Claims::ProviderUser); placements does not. */
function userType(org: OrganisationRef) {
  if (org.service === "claims") return org.kind === "Provider" ? "Claims::ProviderUser" : "Claims::User";
  return "Placements::User";
}

function membershipWhere(org: OrganisationRef) {
  return { organisationType: org.kind, organisationId: org.id } as const;
}

const userSelect = { id: true, firstName: true, lastName: true, email: true } as const;

export async function listOrganisationUsers(db: Db, org: OrganisationRef) {
  return db.user.findMany({
    where: { service: org.service, kind: "user", memberships: { some: membershipWhere(org) } },
    select: userSelect,
    orderBy: [{ firstName: "asc" }, { lastName: "asc" }, { email: "asc" }],
  });
}

export async function getOrganisationUser(db: Db, org: OrganisationRef, userId: string) {
  const user = await db.user.findFirst({
    where: { id: userId, service: org.service, kind: "user", memberships: { some: membershipWhere(org) } },
    select: userSelect,
  });
  if (!user) throw new NotFoundError("user");
  return user;
}

async function organisationName(tx: Tx | Db, org: OrganisationRef) {
  const row =
    org.kind === "School"
      ? await tx.school.findUnique({ where: { id: org.id }, select: { name: true } })
      : await tx.provider.findUnique({ where: { id: org.id }, select: { name: true } });
  if (!row) throw new NotFoundError("organisation");
  return row.name;
}

function isUniqueViolation(error: unknown) {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export const ALREADY_MEMBER_MESSAGE = "This email address is already used by a user of this organisation";

/**
 * Adds a person to the organisation: finds the service's user with that e-mail or creates one, adds the
 * membership and queues the invitation, all in one transaction.
 */
export async function addOrganisationUser(
  db: Db,
  actor: SessionUser,
  org: OrganisationRef,
  input: UserDetails,
  requestId?: string,
) {
  try {
    return await db.$transaction(async (tx) => {
      const name = await organisationName(tx, org);
      const existing = await tx.user.findUnique({
        where: { service_email: { service: org.service, email: input.email } },
      });
      if (existing && existing.kind !== "user") {
        throw new DomainError("This email address belongs to a support user", "email");
      }
      if (existing && existing.type !== userType(org)) {
        throw new DomainError("This email address belongs to a different kind of user", "email");
      }
      let user = existing;
      if (user) {
        const member = await tx.userMembership.findFirst({
          where: { userId: user.id, ...membershipWhere(org) },
          select: { id: true },
        });
        if (member) throw new DomainError(ALREADY_MEMBER_MESSAGE, "email");
        if (user.discardedAt) user = await tx.user.update({ where: { id: user.id }, data: { discardedAt: null } });
      } else {
        user = await tx.user.create({
          data: {
            service: org.service,
            kind: "user",
            type: userType(org),
            email: input.email,
            firstName: input.firstName,
            lastName: input.lastName,
          },
        });
      }
      await tx.userMembership.create({ data: { userId: user.id, ...membershipWhere(org) } });
      const email = invitationEmail(org.service, org.kind, user.firstName, name);
      await queueEmail(tx, {
        to: user.email,
        ...email,
        service: org.service,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "user_membership.created",
        recordType: "User",
        recordId: user.id,
        changes: { organisationType: org.kind, organisationId: org.id },
        requestId,
      });
      return { id: user.id, firstName: user.firstName, lastName: user.lastName, email: user.email };
    });
  } catch (error) {
    // Two people adding the same person at once: the unique membership index decides.
    if (isUniqueViolation(error)) throw new DomainError(ALREADY_MEMBER_MESSAGE, "email");
    throw error;
  }
}

export const CANNOT_REMOVE_YOURSELF = "You cannot remove yourself";

/**
 * Removes the user's membership of the organisation and queues the removal e-mail. A user with no
 * memberships left has every session ended (ASVS 7.4.2).
 */
export async function removeOrganisationUser(
  db: Db,
  actor: SessionUser,
  org: OrganisationRef,
  userId: string,
  requestId?: string,
) {
  if (userId === actor.id) throw new DomainError(CANNOT_REMOVE_YOURSELF);
  return db.$transaction(async (tx) => {
    const membership = await tx.userMembership.findFirst({
      where: { userId, ...membershipWhere(org), user: { service: org.service, kind: "user" } },
      select: { id: true, user: { select: { id: true, firstName: true, email: true } } },
    });
    if (!membership) throw new NotFoundError("user");
    await tx.userMembership.delete({ where: { id: membership.id } });
    const name = await organisationName(tx, org);
    await queueEmail(tx, {
      to: membership.user.email,
      ...removalEmail(org.service, membership.user.firstName, name),
      service: org.service,
    });
    const remaining = await tx.userMembership.count({ where: { userId } });
    if (remaining === 0) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user_membership.destroyed",
      recordType: "User",
      recordId: userId,
      changes: { organisationType: org.kind, organisationId: org.id, sessionsEnded: remaining === 0 },
      requestId,
    });
    return { id: membership.user.id };
  });
}
