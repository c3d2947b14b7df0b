import { createHash, randomBytes } from "node:crypto";
import { withGrantConditions, type ClaimsSchool } from "../claims/school/school.service.ts";
import { Prisma } from "../../prisma/generated/client.ts";
import { directRows } from "../db-direct-reads.ts";
import type { Db } from "../db.ts";
import {
  placementsYearNames,
  selectedYearFrom,
  type SelectedAcademicYear,
} from "../placements/academic-year/academic-year.service.ts";

export type ServiceName = "claims" | "placements";

/** Idle and absolute limits (ASVS 7.3): 2 hours without a request, 12 hours in all. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute, so reads do not all become writes. */
const TOUCH_AFTER_MS = 60 * 1000;

export interface SessionUser {
  id: string;
  service: ServiceName;
  isSupport: boolean;
  firstName: string;
  lastName: string;
  email: string;
  schoolIds: string[];
  providerIds: string[];
  /**
   * Placements: the schools and providers the user belongs to, as the session read them (the placements guards take a
   * member's organisation from here); undefined when the user was not read with a session.
   */
  organisations?: SessionOrganisation[];
  /**
   * Claims: the schools the user belongs to that are onboarded to claims, as their pages show them (the claims school
   * guard takes a member's school from here); undefined when the user was not read with a session.
   */
  claimsSchools?: ClaimsSchool[];
  /**
   * Placements: the academic year the user works in, read with the session (null when this year's or next year's
   * row does not exist yet; undefined when the user was not read with a session, e.g. in a job or a test).
   */
  selectedAcademicYear?: SelectedAcademicYear | null;
}

/** A school or provider the user is a member of: its name, and whether it is onboarded to placements. */
export type SessionOrganisation = {
  id: string;
  type: "school" | "provider";
  name: string;
  placementsService: boolean;
};

export interface ActiveSession {
  id: string;
  user: SessionUser;
  flash: unknown;
  idToken: string | null;
  /** The absolute limit: the session ends then however active it is. */
  expiresAt: Date;
}

/**
 * The cookie holds a random token; the database holds only its SHA-256, so a leaked
 * sessions table cannot be replayed as cookies.
 */
export function hashSessionToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}

export async function createSession(
  db: Db,
  { userId, service, idToken }: { userId: string; service: ServiceName; idToken?: string | null },
  now = new Date(),
) {
  const token = randomBytes(32).toString("base64url");
  await db.session.create({
    data: {
      id: hashSessionToken(token),
      userId,
      service,
      csrfSecret: randomBytes(32).toString("base64url"),
      idToken: idToken ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    },
  });
  return token;
}

type SessionRow = {
  service: string;
  flash: unknown;
  idToken: string | null;
  lastSeenAt: Date;
  expiresAt: Date;
  userId: string | null;
  userService: string | null;
  kind: string | null;
  firstName: string;
  lastName: string;
  email: string;
  discardedAt: Date | null;
  selectedAcademicYearId: string | null;
  memberships: {
    schoolId: string | null;
    providerId: string | null;
    name: string;
    placementsService: boolean;
    /** Claims sessions: the school as its claims pages show it, when it is onboarded to claims. */
    claimsSchool: ClaimsSchoolJson | null;
  }[];
  /** This year's and next year's rows (placements sessions only). */
  academicYears: { id: string; name: string; startsOn: string }[] | null;
};

type ClaimsSchoolJson = Omit<ClaimsSchool, "claimsGrantConditionsAcceptedAt" | "grantConditionsAccepted"> & {
  claimsGrantConditionsAcceptedAt: string | null;
};

/**
 * Finds a live session for the token and service, or null. Expired rows are deleted on sight.
 *
 * Only what a request needs, in one statement: this read runs on every page view. A placements session also reads
 * the user's organisations (name, onboarded to placements) and selected academic year, which every placements page
 * needs; a claims session, the user's schools onboarded to claims as their pages show them. Its parameters are read
 * through scalar subqueries so that PostgreSQL plans it once (see server/db-prepared-statements.ts).
 */
export async function readSession(
  db: Db,
  token: string | undefined,
  service: ServiceName,
  now = new Date(),
): Promise<ActiveSession | null> {
  if (!token || token.length > 200) return null;
  const id = hashSessionToken(token);
  const yearNames = service === "placements" ? placementsYearNames(now) : [];
  const [row] = await directRows<SessionRow>(
    db,
    Prisma.sql`
    SELECT s.service::text AS service, s.flash, s.id_token AS "idToken", s.last_seen_at AS "lastSeenAt",
           s.expires_at AS "expiresAt", u.id AS "userId", u.service::text AS "userService", u.kind::text AS kind,
           u.first_name AS "firstName", u.last_name AS "lastName", u.email, u.discarded_at AS "discardedAt",
           u.selected_academic_year_id AS "selectedAcademicYearId",
           COALESCE((SELECT json_agg(json_build_object(
                              'schoolId', m.school_id, 'providerId', m.provider_id, 'name', COALESCE(sc.name, p.name),
                              'placementsService', COALESCE(sc.placements_service, p.placements_service, false),
                              'claimsSchool', CASE WHEN (SELECT ${service}::text) = 'claims' AND sc.claims_service THEN json_build_object(
                                'id', sc.id, 'name', sc.name, 'urn', sc.urn, 'vendorNumber', sc.vendor_number,
                                'claimsGrantConditionsAcceptedAt', sc.claims_grant_conditions_accepted_at,
                                'region', json_build_object('name', r.name, 'claimsFundingAvailablePerHourPence',
                                                            r.claims_funding_available_per_hour_pence)) END))
                       FROM user_memberships m
                       LEFT JOIN schools sc ON sc.id = m.school_id
                       LEFT JOIN regions r ON r.id = sc.region_id
                       LEFT JOIN providers p ON p.id = m.provider_id
                      WHERE m.user_id = u.id), '[]') AS memberships,
           (SELECT json_agg(json_build_object('id', ay.id, 'name', ay.name, 'startsOn', ay.starts_on))
              FROM academic_years ay WHERE ay.name = ANY((SELECT ${yearNames}::text[])::text[])) AS "academicYears"
    FROM sessions s LEFT JOIN users u ON u.id = s.user_id
    WHERE s.id = (SELECT ${id}::text)`,
  );
  if (!row || row.service !== service) return null;
  const idleExpired = now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (!row.userId || idleExpired || row.expiresAt <= now || row.discardedAt || row.userService !== service) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const years = (row.academicYears ?? []).map((year) => ({ ...year, startsOn: new Date(year.startsOn) }));
  return {
    id,
    flash: row.flash,
    idToken: row.idToken,
    expiresAt: row.expiresAt,
    user: {
      id: row.userId,
      service: row.userService as ServiceName,
      isSupport: row.kind === "support",
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      schoolIds: row.memberships.flatMap((m) => (m.schoolId ? [m.schoolId] : [])),
      providerIds: row.memberships.flatMap((m) => (m.providerId ? [m.providerId] : [])),
      ...(service === "claims"
        ? { claimsSchools: row.memberships.flatMap((m) => (m.claimsSchool ? [claimsSchoolOf(m.claimsSchool)] : [])) }
        : {}),
      ...(service === "placements"
        ? {
            organisations: row.memberships.map((m) => ({
              id: (m.schoolId ?? m.providerId)!,
              type: m.schoolId ? ("school" as const) : ("provider" as const),
              name: m.name,
              placementsService: m.placementsService,
            })),
            selectedAcademicYear: selectedYearFrom(years, row.selectedAcademicYearId, now),
          }
        : {}),
    },
  };
}

/** JSON has no dates: the acceptance time arrives as an ISO string. */
function claimsSchoolOf(json: ClaimsSchoolJson): ClaimsSchool {
  const acceptedAt = json.claimsGrantConditionsAcceptedAt;
  return withGrantConditions({ ...json, claimsGrantConditionsAcceptedAt: acceptedAt ? new Date(acceptedAt) : null });
}

export async function destroySession(db: Db, token: string | undefined) {
  if (!token) return;
  await db.session.deleteMany({ where: { id: hashSessionToken(token) } });
}

/** Ends every session of a user, e.g. when support removes them (ASVS 7.4.2). */
export async function destroyUserSessions(db: Db, userId: string) {
  await db.session.deleteMany({ where: { userId } });
}

export async function purgeExpiredSessions(db: Db, now = new Date()) {
  const { count } = await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lte: now } }, { lastSeenAt: { lt: new Date(now.getTime() - SESSION_IDLE_MS) } }] },
  });
  return count;
}

/** One-shot messages (success banners, form errors for Post/Redirect/Get) kept on the session row. */
export async function setFlash(db: Db, sessionId: string, flash: unknown) {
  await db.session.updateMany({ where: { id: sessionId }, data: { flash: flash as object } });
}

export async function takeFlash(db: Db, session: ActiveSession) {
  if (session.flash == null) return null;
  await db.session.updateMany({ where: { id: session.id }, data: { flash: null as never } });
  return session.flash;
}
