/**
 * "Invite school users" and "Invite provider users": support uploads one person per row with the school's URN (a
 * school taking part in claims) or the provider's code. Applying the checked file, in one transaction, creates the
 * people the service does not know yet, reuses those it does, adds each to the organisation (an existing membership
 * is left as it is) and e-mails the invitation for every membership it created — so the same file applied twice
 * changes nothing the second time.
 */
import type { Db, DbOrTx } from "../../../db.ts";
import { DomainError, NotFoundError } from "../../../errors.ts";
import { recordAudits } from "../../../shared/audit/audit.service.ts";
import type { CsvRow, CsvRowError } from "../../../shared/csv/csv-upload.ts";
import { rowError } from "../../../shared/csv/csv-upload.ts";
import { queueEmailsOnce } from "../../../shared/email/email.service.ts";
import { invitationEmail, type OrganisationKind } from "../../../shared/user/emails.ts";
import type { ApplyUserInvites, ProviderUserInviteRowData, SchoolUserInviteRowData } from "./user-invites.schema.ts";

/** What applying a checked row will do. */
export type InviteOutcome = "new_user" | "new_membership" | "already_member";

export type UserInviteLine = {
  row: number;
  organisationId: string;
  organisationName: string;
  /** The school's URN or the provider's code, as the organisation has it. */
  organisationRef: string;
  email: string;
  firstName: string;
  lastName: string;
  outcome: InviteOutcome;
};

export type UserInviteCheck =
  { ok: true; lines: UserInviteLine[] } | { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

/** Claims keeps school and provider users apart: one e-mail address is one kind of user. */
const USER_TYPE: Record<OrganisationKind, string> = { School: "Claims::User", Provider: "Claims::ProviderUser" };
const OTHER_KIND_MESSAGE: Record<OrganisationKind, (email: string) => string> = {
  School: (email) => `${email} belongs to a provider user and cannot be added to a school`,
  Provider: (email) => `${email} belongs to a school user and cannot be added to a provider`,
};
const supportMessage = (email: string) => `${email} belongs to a support user`;

type Organisation = { id: string; name: string; ref: string };

/** Schools taking part in claims, by URN. */
async function schoolsByUrn(db: DbOrTx, urns: string[]): Promise<Map<string, Organisation>> {
  const schools = await db.school.findMany({
    where: { urn: { in: urns }, claimsService: true },
    select: { id: true, name: true, urn: true },
  });
  return new Map(schools.map((s) => [s.urn!, { id: s.id, name: s.name, ref: s.urn! }]));
}

/** Providers by code (codes are upper case; a lower-case code in the file still matches). */
async function providersByCode(db: DbOrTx, codes: string[]): Promise<Map<string, Organisation>> {
  const wanted = [...new Set(codes.flatMap((c) => [c, c.toUpperCase()]))];
  const providers = await db.provider.findMany({
    where: { code: { in: wanted } },
    select: { id: true, name: true, code: true },
  });
  return new Map(providers.map((p) => [p.code.toUpperCase(), { id: p.id, name: p.name, ref: p.code }]));
}

async function claimsUsersByEmail(db: DbOrTx, kind: OrganisationKind, emails: string[], organisationIds: string[]) {
  const users = await db.user.findMany({
    where: { service: "claims", email: { in: emails } },
    select: {
      id: true,
      email: true,
      kind: true,
      type: true,
      firstName: true,
      discardedAt: true,
      memberships: {
        where: { organisationType: kind, organisationId: { in: organisationIds } },
        select: { organisationId: true },
      },
    },
  });
  return new Map(users.map((u) => [u.email, u]));
}

type Person = { email: string; firstName: string; lastName: string };

async function checkInvites(
  db: DbOrTx,
  kind: OrganisationKind,
  rows: readonly (CsvRow<Person> & { ref: string })[],
  organisations: Map<string, Organisation>,
  missing: (ref: string) => string,
): Promise<UserInviteCheck> {
  const organisationIds = [...new Set([...organisations.values()].map((o) => o.id))];
  const users = await claimsUsersByEmail(db, kind, [...new Set(rows.map((r) => r.data.email))], organisationIds);
  const rowErrors: CsvRowError[] = [];
  const lines: UserInviteLine[] = [];
  const seen = new Map<string, number>();
  const names = new Map<string, { row: number; name: string }>();
  for (const { row, data, ref } of rows) {
    const organisation = organisations.get(ref);
    const user = users.get(data.email);
    const pair = `${data.email}\n${organisation?.id ?? ref}`;
    const name = `${data.firstName}\n${data.lastName}`;
    const named = names.get(data.email);
    if (seen.has(pair)) {
      rowErrors.push(rowError(row, `${data.email} is already on row ${seen.get(pair)} for the same organisation`));
    } else if (!organisation) {
      rowErrors.push(rowError(row, missing(ref)));
    } else if (user && user.kind !== "user") {
      rowErrors.push(rowError(row, supportMessage(data.email)));
    } else if (user && user.type !== USER_TYPE[kind]) {
      rowErrors.push(rowError(row, OTHER_KIND_MESSAGE[kind](data.email)));
    } else if (named && named.name !== name) {
      rowErrors.push(rowError(row, `${data.email} has a different name on row ${named.row}`));
    } else {
      const member = user?.memberships.some((m) => m.organisationId === organisation.id) ?? false;
      lines.push({
        row,
        organisationId: organisation.id,
        organisationName: organisation.name,
        organisationRef: organisation.ref,
        email: data.email,
        firstName: data.firstName,
        lastName: data.lastName,
        outcome: !user ? "new_user" : member ? "already_member" : "new_membership",
      });
    }
    if (!seen.has(pair)) seen.set(pair, row);
    if (!named) names.set(data.email, { row, name });
  }
  return rowErrors.length ? { ok: false, fileError: null, rowErrors } : { ok: true, lines };
}

export async function checkSchoolUserInvites(
  db: DbOrTx,
  rows: readonly CsvRow<SchoolUserInviteRowData>[],
): Promise<UserInviteCheck> {
  const schools = await schoolsByUrn(db, [...new Set(rows.map((r) => r.data.school_urn))]);
  return checkInvites(
    db,
    "School",
    rows.map(({ row, data }) => ({
      row,
      ref: data.school_urn,
      data: { email: data.email, firstName: data.first_name, lastName: data.last_name },
    })),
    schools,
    (urn) => `There is no school with the URN ${urn} taking part in claims`,
  );
}

export async function checkProviderUserInvites(
  db: DbOrTx,
  rows: readonly CsvRow<ProviderUserInviteRowData>[],
): Promise<UserInviteCheck> {
  const providers = await providersByCode(db, [...new Set(rows.map((r) => r.data.provider_code))]);
  return checkInvites(
    db,
    "Provider",
    rows.map(({ row, data }) => ({
      row,
      ref: data.provider_code.toUpperCase(),
      data: { email: data.email, firstName: data.first_name, lastName: data.last_name },
    })),
    providers,
    (code) => `There is no provider with the code ${code}`,
  );
}

export type UserInvitesResult = {
  /** People in the file. */
  people: number;
  usersCreated: number;
  membershipsCreated: number;
  emails: number;
};

/**
 * Applies checked invites in one transaction. The organisations must still exist (else NOT_FOUND); an address that
 * has become a support user or the other kind of user since the check is a form error and nothing is applied.
 */
export async function applyUserInvites(
  db: Db,
  actor: { id: string },
  kind: OrganisationKind,
  input: ApplyUserInvites,
  meta: { requestId?: string } = {},
): Promise<UserInvitesResult> {
  const invites = input.invites;
  const organisationIds = [...new Set(invites.map((i) => i.organisationId))];
  const emails = [...new Set(invites.map((i) => i.email))];
  return db.$transaction(async (tx) => {
    const organisations =
      kind === "School"
        ? await tx.school.findMany({
            where: { id: { in: organisationIds }, claimsService: true },
            select: { id: true, name: true },
          })
        : await tx.provider.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } });
    if (organisations.length !== organisationIds.length) throw new NotFoundError("organisation");
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));

    // New people first (the first row naming an address gives the names); a concurrent upload creating the same
    // person is skipped here and the person read back below.
    const known = await claimsUsersByEmail(tx, kind, emails, organisationIds);
    const firstInvite = new Map<string, (typeof invites)[number]>();
    for (const invite of invites) if (!firstInvite.has(invite.email)) firstInvite.set(invite.email, invite);
    const missing = emails.filter((email) => !known.has(email));
    const { count: usersCreated } = await tx.user.createMany({
      data: missing.map((email) => {
        const invite = firstInvite.get(email)!;
        return {
          service: "claims" as const,
          kind: "user" as const,
          type: USER_TYPE[kind],
          email,
          firstName: invite.firstName,
          lastName: invite.lastName,
        };
      }),
      skipDuplicates: true,
    });
    const users = missing.length ? await claimsUsersByEmail(tx, kind, emails, organisationIds) : known;
    for (const email of emails) {
      const user = users.get(email);
      if (!user) throw new NotFoundError("user");
      if (user.kind !== "user") throw new DomainError(supportMessage(email));
      if (user.type !== USER_TYPE[kind]) throw new DomainError(OTHER_KIND_MESSAGE[kind](email));
    }
    const discarded = [...users.values()].filter((u) => u.discardedAt).map((u) => u.id);
    if (discarded.length) {
      await tx.user.updateMany({ where: { id: { in: discarded } }, data: { discardedAt: null } });
    }

    // Existing memberships are left as they are: only the created ones are invited.
    const created = await tx.userMembership.createManyAndReturn({
      data: invites.map((i) => ({
        userId: users.get(i.email)!.id,
        organisationType: kind,
        organisationId: i.organisationId,
      })),
      skipDuplicates: true,
      select: { id: true, userId: true, organisationId: true },
    });
    const byId = new Map([...users.values()].map((u) => [u.id, u]));
    const queued = await queueEmailsOnce(
      tx,
      created.map((m) => {
        const user = byId.get(m.userId)!;
        return {
          ...invitationEmail("claims", kind, user.firstName, organisationName.get(m.organisationId)!),
          to: user.email,
          service: "claims" as const,
          idempotencyKey: `claims.user_invited:${m.id}`,
        };
      }),
    );
    await recordAudits(
      tx,
      created.map((m) => ({
        actorId: actor.id,
        action: "user_membership.created",
        recordType: "User",
        recordId: m.userId,
        changes: { organisationType: kind, organisationId: m.organisationId, via: "upload" },
        requestId: meta.requestId,
      })),
    );
    return { people: invites.length, usersCreated, membershipsCreated: created.length, emails: queued };
  });
}
