/**
 * Small, explicit builders for test rows. Each takes the client and overrides, and returns the row.
 * Unique values come from a counter so tests never collide.
 */
import type { Db } from "#server/db.ts";
import { createSession, readSession, type ServiceName, type SessionUser } from "#server/auth/session.ts";

let counter = 0;
const next = () => ++counter;

export async function createRegion(db: Db, overrides: { name?: string; pence?: number } = {}) {
  const name = overrides.name ?? `Region ${next()}`;
  return db.region.upsert({
    where: { name },
    create: { name, claimsFundingAvailablePerHourPence: overrides.pence ?? 4380 },
    update: {},
  });
}

export async function createSchool(
  db: Db,
  overrides: {
    name?: string;
    claims?: boolean;
    placements?: boolean;
    regionId?: string;
    grantConditionsAccepted?: boolean;
    urn?: string;
  } = {},
) {
  const n = next();
  const regionId = overrides.regionId ?? (await createRegion(db, { name: "Rest of England", pence: 4380 })).id;
  return db.school.create({
    data: {
      name: overrides.name ?? `Test School ${n}`,
      urn: overrides.urn ?? String(900000 + n),
      regionId,
      claimsService: overrides.claims ?? true,
      placementsService: overrides.placements ?? false,
      claimsGrantConditionsAcceptedAt: (overrides.grantConditionsAccepted ?? true) ? new Date() : null,
      postcode: "AB1 2CD",
      town: "Testtown",
    },
  });
}

export async function createProvider(
  db: Db,
  overrides: { name?: string; accredited?: boolean; placements?: boolean; code?: string } = {},
) {
  const n = next();
  return db.provider.create({
    data: {
      name: overrides.name ?? `Test Provider ${n}`,
      code: overrides.code ?? `T${n}`,
      accredited: overrides.accredited ?? true,
      placementsService: overrides.placements ?? false,
    },
  });
}

type UserKind = "user" | "support";
const TYPES = {
  claims: { user: "Claims::User", support: "Claims::SupportUser" },
  placements: { user: "Placements::User", support: "Placements::SupportUser" },
} as const;

export async function createUser(
  db: Db,
  overrides: {
    service?: "claims" | "placements";
    kind?: UserKind;
    email?: string;
    firstName?: string;
    lastName?: string;
    schoolIds?: string[];
    providerIds?: string[];
    /** e.g. "Claims::ProviderUser" (default: the service's school user or support type). */
    type?: string;
  } = {},
) {
  const n = next();
  const service = overrides.service ?? "claims";
  const kind = overrides.kind ?? "user";
  const user = await db.user.create({
    data: {
      service,
      kind,
      type: overrides.type ?? TYPES[service][kind],
      email: overrides.email ?? (kind === "support" ? `support${n}@education.gov.uk` : `user${n}@example.com`),
      firstName: overrides.firstName ?? "Test",
      lastName: overrides.lastName ?? `User ${n}`,
    },
  });
  for (const schoolId of overrides.schoolIds ?? []) {
    await db.userMembership.create({ data: { userId: user.id, organisationType: "School", organisationId: schoolId } });
  }
  for (const providerId of overrides.providerIds ?? []) {
    await db.userMembership.create({
      data: { userId: user.id, organisationType: "Provider", organisationId: providerId },
    });
  }
  return user;
}

/** The signed-in shape the tRPC context carries, for calling procedures as this user. */

/** A claims school (grant conditions accepted) with a user for each e-mail (e.g. the personas'), in that order. */
export async function createSchoolWithUsers(db: Db, emails: string[]) {
  const school = await createSchool(db, { claims: true, grantConditionsAccepted: true });
  const users = [];
  for (const email of emails) users.push(await createUser(db, { email, schoolIds: [school.id] }));
  return { school, users };
}

export async function sessionUserFor(db: Db, userId: string): Promise<SessionUser> {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: true } });
  return {
    id: u.id,
    service: u.service,
    isSupport: u.kind === "support",
    firstName: u.firstName,
    lastName: u.lastName,
    email: u.email,
    schoolIds: u.memberships.flatMap((m) => (m.schoolId ? [m.schoolId] : [])),
    providerIds: u.memberships.flatMap((m) => (m.providerId ? [m.providerId] : [])),
  };
}

/** The user as a signed-in request reads them: a new session of the service, read back with `readSession`. */
export async function signedInUser(db: Db, userId: string, service: ServiceName): Promise<SessionUser> {
  const token = await createSession(db, { userId, service });
  return (await readSession(db, token, service))!.user;
}

export async function createMentor(
  db: Db,
  overrides: {
    trn?: string;
    firstName?: string;
    lastName?: string;
    schoolId?: string;
    service?: "claims" | "placements";
  } = {},
) {
  const n = next();
  const mentor = await db.mentor.create({
    data: {
      trn: overrides.trn ?? String(7000000 + n),
      firstName: overrides.firstName ?? "Mentor",
      lastName: overrides.lastName ?? `Number ${n}`,
    },
  });
  if (overrides.schoolId) {
    const service = overrides.service ?? "claims";
    await db.mentorMembership.create({
      data: {
        mentorId: mentor.id,
        schoolId: overrides.schoolId,
        service,
        type: service === "claims" ? "Claims::MentorMembership" : "Placements::MentorMembership",
      },
    });
  }
  return mentor;
}

/** The academic year (1 Sep–31 Aug) starting in the given year, created if missing. */
export async function createAcademicYear(db: Db, startYear: number) {
  const name = `${startYear} to ${startYear + 1}`;
  return db.academicYear.upsert({
    where: { name },
    create: { name, startsOn: new Date(Date.UTC(startYear, 8, 1)), endsOn: new Date(Date.UTC(startYear + 1, 7, 31)) },
    update: {},
  });
}

export async function createClaimWindow(db: Db, opts: { academicYearId: string; startsOn: Date; endsOn: Date }) {
  return db.claimWindow.create({ data: opts });
}

/** A claim with mentor trainings (hours per mentor); status defaults to submitted. */
export async function createClaimRow(
  db: Db,
  opts: {
    schoolId: string;
    providerId: string;
    claimWindowId: string;
    status?: import("#prisma/generated/enums.ts").ClaimStatus;
    trainings: { mentorId: string; hours: number }[];
    createdById?: string;
    reference?: string | null;
    amountPence?: number | null;
  },
) {
  const status = opts.status ?? "submitted";
  return db.claim.create({
    data: {
      schoolId: opts.schoolId,
      providerId: opts.providerId,
      claimWindowId: opts.claimWindowId,
      status,
      reference: opts.reference === undefined ? String(20000000 + next()) : opts.reference,
      amountPence: opts.amountPence ?? null,
      createdById: opts.createdById ?? null,
      createdByType: opts.createdById ? "User" : null,
      submittedAt: status === "draft" || status === "internal_draft" ? null : new Date(),
      mentorTrainings: {
        create: opts.trainings.map((t) => ({
          mentorId: t.mentorId,
          providerId: opts.providerId,
          hoursCompleted: t.hours,
        })),
      },
    },
  });
}

/** An eligibility row (school may claim in that academic year). */
export async function createEligibility(db: Db, schoolId: string, academicYearId: string) {
  return db.eligibility.create({ data: { schoolId, academicYearId } });
}
