import type { Db } from "../../db.ts";
import type { ServiceName, SessionUser } from "../../auth/session.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import { queueEmail } from "../email/email.service.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { supportInvitationEmail, supportRemovalEmail } from "./emails.ts";
import type { UserDetails } from "./user.schema.ts";
import { CANNOT_REMOVE_YOURSELF } from "./organisation-user.service.ts";

/** Support users of one service. Removed ones are soft-deleted (discardedAt) and can be added again. */
const SUPPORT_TYPE: Record<ServiceName, string> = {
  claims: "Claims::SupportUser",
  placements: "Placements::SupportUser",
};
const select = { id: true, firstName: true, lastName: true, email: true } as const;

export async function listSupportUsers(db: Db, service: ServiceName) {
  return db.user.findMany({
    where: { service, kind: "support", discardedAt: null },
    select,
    orderBy: [{ firstName: "asc" }, { lastName: "asc" }, { email: "asc" }],
  });
}

export async function getSupportUser(db: Db, service: ServiceName, userId: string) {
  const user = await db.user.findFirst({ where: { id: userId, service, kind: "support", discardedAt: null }, select });
  if (!user) throw new NotFoundError("support user");
  return user;
}

export const SUPPORT_USER_EXISTS = "This email address is already used by a support user";

export async function addSupportUser(
  db: Db,
  actor: SessionUser,
  service: ServiceName,
  input: UserDetails,
  requestId?: string,
) {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { service_email: { service, email: input.email } } });
    if (existing && existing.kind !== "support")
      throw new DomainError("This email address belongs to a user of an organisation", "email");
    if (existing && !existing.discardedAt) throw new DomainError(SUPPORT_USER_EXISTS, "email");
    const data = { firstName: input.firstName, lastName: input.lastName, discardedAt: null };
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data, select })
      : await tx.user.create({
          data: {
            service,
            kind: "support",
            type: SUPPORT_TYPE[service],
            email: input.email,
            firstName: input.firstName,
            lastName: input.lastName,
          },
          select,
        });
    await queueEmail(tx, {
      to: user.email,
      ...supportInvitationEmail(service, user.firstName),
      service,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: existing ? "support_user.restored" : "support_user.created",
      recordType: "User",
      recordId: user.id,
      requestId,
    });
    return user;
  });
}

export async function removeSupportUser(
  db: Db,
  actor: SessionUser,
  service: ServiceName,
  userId: string,
  requestId?: string,
) {
  if (userId === actor.id) throw new DomainError(CANNOT_REMOVE_YOURSELF);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, service, kind: "support", discardedAt: null },
      data: { discardedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("support user");
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select });
    await tx.session.deleteMany({ where: { userId } });
    await queueEmail(tx, {
      to: user.email,
      ...supportRemovalEmail(service, user.firstName),
      service,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "support_user.discarded",
      recordType: "User",
      recordId: userId,
      requestId,
    });
    return { id: userId };
  });
}
