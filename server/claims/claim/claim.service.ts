import { Prisma } from "#prisma/generated/client.ts";
import { directRows } from "../../db-direct-reads.ts";
import type { ClaimStatus } from "#prisma/generated/enums.ts";
import { escapeLike } from "../../shared/search/like.ts";
import { cleanSearchText } from "../../shared/validation/text.ts";
import type { SessionUser } from "../../auth/session.ts";
import type { DbOrTx } from "../../db.ts";
import { NotFoundError } from "../../errors.ts";
import { boundedMemo } from "../../../app/lib/bounded-memo.ts";
import { isoTextSql } from "../../shared/time/iso-text-sql.ts";
import { daysUntil, londonDate, londonTime, londonToday } from "../../shared/time/uk-time.ts";
import { claimWindowStatus } from "../claim-window/claim-window.service.ts";
import type { ClaimsSchool } from "../school/school.service.ts";
import { NIOT_SUB_PROVIDER_CODES } from "./claim-status.ts";
import { claimAmountPence, DRAFT_STATUSES, mentorAllowances, totalHours } from "./funding.ts";

const windowSelect = {
  id: true,
  startsOn: true,
  endsOn: true,
  academicYear: { select: { id: true, name: true, startsOn: true, endsOn: true } },
} satisfies Prisma.ClaimWindowSelect;

/** The claim window open today (inclusive), if any. */
export async function currentClaimWindow(db: DbOrTx, now = new Date()) {
  const today = londonToday(now);
  return db.claimWindow.findFirst({
    where: { discardedAt: null, startsOn: { lte: today }, endsOn: { gte: today } },
    orderBy: { startsOn: "asc" },
    select: windowSelect,
  });
}

/** Eligibility rows are owned by server/claims/eligibility; read directly so this feature does not wait on it. */
export async function isSchoolEligible(db: DbOrTx, schoolId: string, academicYearId: string) {
  const row = await db.eligibility.findUnique({
    where: { schoolId_academicYearId: { schoolId, academicYearId } },
    select: { id: true },
  });
  return row !== null;
}

/** Where a new claim goes: the current window, if the school is eligible for its academic year. */
export async function newClaimContext(db: DbOrTx, schoolId: string, now = new Date()) {
  const window = await currentClaimWindow(db, now);
  if (!window) return null;
  if (!(await isSchoolEligible(db, schoolId, window.academicYear.id))) return null;
  return window;
}

/** Claims index for one academic year, with the guidance the page shows. */
export async function listSchoolClaims(
  db: DbOrTx,
  school: Pick<ClaimsSchool, "id" | "region">,
  opts: { academicYearId?: string; now?: Date } = {},
) {
  const schoolId = school.id;
  const now = opts.now ?? new Date();
  const today = londonDate(now);
  const { windows, selectedYearId, claims } = await schoolClaimsListRows(db, schoolId, today, opts.academicYearId);
  // Days are "YYYY-MM-DD" text: they compare as text.
  const current = windows.find((w) => w.startsOn <= today && w.endsOn >= today) ?? null;
  const previous =
    windows
      .filter((w) => w.endsOn < today)
      .reduce<(typeof windows)[number] | null>(
        (latest, w) => (!latest || w.endsOn > latest.endsOn ? w : latest),
        null,
      ) ?? null;
  const upcoming = windows.find((w) => w.startsOn > today) ?? null;
  const years = [
    ...new Map(
      windows.filter((w) => w.startsOn <= today).map((w) => [w.academicYear.id, w.academicYear] as const),
    ).values(),
  ].sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0));
  // The year the statement listed the claims of: the one asked for, else that of the current claim window, else that
  // of the window that closed last (a year with a started window has one or the other).
  const selected = years.find((y) => y.id === selectedYearId) ?? null;
  if (opts.academicYearId && selected?.id !== opts.academicYearId) throw new NotFoundError("academic year");

  const eligibleForCurrent = current ? current.academicYear.eligible : false;
  const rate = school.region.claimsFundingAvailablePerHourPence;
  const closesInDays = current ? daysUntil(new Date(dayIso(current.endsOn)), now) : null;
  return {
    academicYears: years.map((y) => ({ id: y.id, name: y.name })),
    selectedAcademicYear: selected ? { id: selected.id, name: selected.name } : null,
    currentWindow: current
      ? {
          startsOn: dayIso(current.startsOn),
          endsOn: dayIso(current.endsOn),
          academicYear: {
            id: current.academicYear.id,
            name: current.academicYear.name,
            startsOn: dayIso(current.academicYear.startsOn),
            endsOn: dayIso(current.academicYear.endsOn),
          },
        }
      : null,
    previousWindow: previous
      ? {
          startsOn: dayIso(previous.startsOn),
          endsOn: dayIso(previous.endsOn),
          academicYearName: previous.academicYear.name,
        }
      : null,
    upcomingWindow: upcoming
      ? {
          startsOn: dayIso(upcoming.startsOn),
          endsOn: dayIso(upcoming.endsOn),
          academicYearName: upcoming.academicYear.name,
        }
      : null,
    eligibleForCurrentWindow: eligibleForCurrent,
    canAddClaim: Boolean(current) && eligibleForCurrent,
    /** Whole days left until the window closes (0 on the last day); the page warns within 30. */
    closesInDays,
    /** The deadline: 11:59pm UK time on the window's last day. */
    closesAt: current ? deadlineOf(current.endsOn) : null,
    /**
     * On the last day, whole minutes left until the deadline (the page counts down in hours and minutes); null before.
     * The page's data then changes once a minute on that day only, never with each view.
     */
    minutesLeftOnLastDay:
      current && closesInDays === 0
        ? Math.max(0, Math.floor((Date.parse(deadlineOf(current.endsOn)) - now.getTime()) / 60_000))
        : null,
    claims: claims.map((c) => ({
      id: c.id,
      reference: c.reference,
      status: c.status,
      submittedAt: c.submittedAt,
      providerName: c.providerName,
      mentors: c.mentors,
      amountPence: displayAmount(c.status, c.amountPence, rate, c.hours),
    })),
  };
}

type SchoolClaimRow = {
  id: string;
  reference: string | null;
  status: ClaimStatus;
  /** ISO 8601, as `toISOString` gives it. */
  submittedAt: string | null;
  amountPence: number | null;
  providerName: string | null;
  /** Mentors' names and their hours, in the same order (by first name). */
  mentors: string[];
  hours: number[];
};

/** Drafts show the live amount; submitted claims the amount snapshot taken at submission. */
function displayAmount(status: string, stored: number | null, rate: number, hours: number[]) {
  if (DRAFT_STATUSES.includes(status as never) || stored === null) return claimAmountPence(rate, hours);
  return stored;
}

/** Days as "YYYY-MM-DD". */
type ListedWindow = {
  id: string;
  startsOn: string;
  endsOn: string;
  academicYear: { id: string; name: string; startsOn: string; endsOn: string; eligible: boolean };
};

/**
 * The list's dates travel as ISO 8601 text, as JSON carries them to the page: a day is its UTC midnight, and
 * PostgreSQL writes submission times in `toISOString`'s form (`isoTextSql`). A Date made here would be turned back
 * into that text for the page (`toISOString` costs ~2–4 µs on this machine; a view shows ~25 dates).
 */
function dayIso(day: string) {
  return `${day}T00:00:00.000Z`;
}

/** 11:59pm UK time on a window's last day (the same few days on every view). */
const deadlineOf = boundedMemo((day: string) => londonTime(day, 23, 59).toISOString());

/**
 * The claims list's reads in one statement: every claim window (oldest first, with its academic year and whether the
 * school is eligible for it), the academic year listed (the one asked for, else that of the window open today, else
 * that of the window that closed last) and the school's claims in that year. Written as SQL so PostgreSQL reuses one
 * plan for it (its parameters read through scalar subqueries: see server/db-prepared-statements.ts): the
 * school's most visited page then costs one round trip after the guard's.
 */
async function schoolClaimsListRows(db: DbOrTx, schoolId: string, day: string, academicYearId?: string) {
  const [row] = await directRows<{
    windows: ListedWindow[] | null;
    selectedYearId: string | null;
    claims: SchoolClaimRow[] | null;
  }>(
    db,
    Prisma.sql`
    WITH win AS (
      SELECT w.id, w.starts_on, w.ends_on, w.academic_year_id FROM claim_windows w WHERE w.discarded_at IS NULL
    ), chosen AS (
      SELECT COALESCE(
        (SELECT ${academicYearId ?? null}::uuid),
        (SELECT academic_year_id FROM win WHERE starts_on <= (SELECT ${day}::date) AND ends_on >= (SELECT ${day}::date)
          ORDER BY starts_on, id LIMIT 1),
        (SELECT academic_year_id FROM win WHERE ends_on < (SELECT ${day}::date) ORDER BY ends_on DESC, starts_on, id LIMIT 1)
      ) AS id
    )
    SELECT
      (SELECT json_agg(json_build_object(
                'id', w.id, 'startsOn', w.starts_on, 'endsOn', w.ends_on,
                'academicYear', json_build_object(
                  'id', ay.id, 'name', ay.name, 'startsOn', ay.starts_on, 'endsOn', ay.ends_on,
                  'eligible', EXISTS (SELECT 1 FROM eligibilities e
                                       WHERE e.academic_year_id = ay.id AND e.school_id = (SELECT ${schoolId}::uuid))))
              ORDER BY w.starts_on, w.id)
         FROM win w JOIN academic_years ay ON ay.id = w.academic_year_id) AS windows,
      (SELECT id FROM chosen) AS "selectedYearId",
      (SELECT json_agg(json_build_object(
                'id', c.id, 'reference', c.reference, 'status', c.status,
                'submittedAt', ${isoTextSql(Prisma.raw("c.submitted_at"))},
                'amountPence', c.amount_pence, 'providerName', p.name,
                'mentors', COALESCE(t.mentors, '{}'), 'hours', COALESCE(t.hours, '{}'))
              ORDER BY c.submitted_at DESC NULLS FIRST, c.created_at DESC)
         FROM claims c
         JOIN claim_windows w ON w.id = c.claim_window_id
         LEFT JOIN providers p ON p.id = c.provider_id
         LEFT JOIN LATERAL (
           SELECT array_agg(m.first_name || ' ' || m.last_name ORDER BY m.first_name, m.last_name) AS mentors,
                  array_agg(COALESCE(mt.hours_completed, 0) ORDER BY m.first_name, m.last_name) AS hours
             FROM mentor_trainings mt JOIN mentors m ON m.id = mt.mentor_id
            WHERE mt.claim_id = c.id) t ON true
        WHERE c.school_id = (SELECT ${schoolId}::uuid) AND c.status <> 'internal_draft'
          AND w.academic_year_id = (SELECT id FROM chosen)) AS claims`,
  );
  const windows: ListedWindow[] = row.windows ?? [];
  const claims: SchoolClaimRow[] = row.claims ?? [];
  return { windows, selectedYearId: row.selectedYearId, claims };
}

const claimDetailSelect = {
  id: true,
  schoolId: true,
  reference: true,
  status: true,
  version: true,
  submittedAt: true,
  amountPence: true,
  createdAt: true,
  updatedAt: true,
  previousRevisionId: true,
  providerId: true,
  createdById: true,
  provider: { select: { id: true, name: true, accredited: true, code: true } },
  claimWindow: { select: windowSelect },
  createdBy: { select: { firstName: true, lastName: true, kind: true } },
  submittedBy: { select: { firstName: true, lastName: true, email: true } },
  mentorTrainings: {
    select: {
      mentorId: true,
      hoursCompleted: true,
      trainingType: true,
      mentor: { select: { firstName: true, lastName: true, trn: true } },
    },
    orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
  },
} satisfies Prisma.ClaimSelect;

type PolicyClaim = { status: string; createdById: string | null };

/** The invalid provider wizard: an invalid-provider claim, for its creator or support (reference ClaimPolicy). */
export function canChangeInvalidProvider(actor: SessionUser, claim: PolicyClaim) {
  return claim.status === "invalid_provider" && (actor.isSupport || claim.createdById === actor.id);
}

/** Remove: a draft, an invalid-provider claim (creator or support), or a submitted claim for support. */
export function canRemoveClaim(actor: SessionUser, claim: PolicyClaim) {
  return (
    claim.status === "draft" ||
    canChangeInvalidProvider(actor, claim) ||
    (actor.isSupport && claim.status === "submitted")
  );
}

/** What the actor may do with a claim. */
export function claimPermissions(actor: SessionUser, claim: PolicyClaim, windowIsCurrent: boolean) {
  const { status } = claim;
  const draft = status === "draft";
  return {
    canSubmit: draft && !actor.isSupport && windowIsCurrent,
    canEdit: (draft && (actor.isSupport || windowIsCurrent)) || (actor.isSupport && status === "submitted"),
    canRemove: canRemoveClaim(actor, claim),
    canChangeProvider: canChangeInvalidProvider(actor, claim),
  };
}

/** One claim of the school (another school's claim is NOT_FOUND), with its revision history. */
export async function getSchoolClaim(
  db: DbOrTx,
  actor: SessionUser,
  schoolId: string,
  claimId: string,
  now = new Date(),
) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, schoolId, status: { not: "internal_draft" } },
    select: {
      ...claimDetailSelect,
      school: { select: { name: true, region: { select: { name: true, claimsFundingAvailablePerHourPence: true } } } },
    },
  });
  if (!claim) throw new NotFoundError("claim");
  const rate = claim.school.region?.claimsFundingAvailablePerHourPence ?? 0;
  const hours = claim.mentorTrainings.map((t) => t.hoursCompleted ?? 0);
  const windowIsCurrent = Boolean(
    claim.claimWindow && claimWindowStatus(claim.claimWindow, londonDate(now)) === "current",
  );

  const revisions: Array<{
    id: string;
    savedAt: Date;
    providerName: string | null;
    mentors: { name: string; hours: number }[];
    totalHours: number;
    amountPence: number;
  }> = [];
  let previousId = claim.previousRevisionId;
  const seen = new Set<string>([claim.id]);
  while (previousId && !seen.has(previousId) && revisions.length < 50) {
    seen.add(previousId);
    const rev = await db.claim.findFirst({ where: { id: previousId, schoolId }, select: claimDetailSelect });
    if (!rev) break;
    const revHours = rev.mentorTrainings.map((t) => t.hoursCompleted ?? 0);
    revisions.push({
      id: rev.id,
      savedAt: rev.createdAt,
      providerName: rev.provider?.name ?? null,
      mentors: rev.mentorTrainings.map((t) => ({
        name: `${t.mentor.firstName} ${t.mentor.lastName}`,
        hours: t.hoursCompleted ?? 0,
      })),
      totalHours: totalHours(revHours),
      amountPence: rev.amountPence ?? claimAmountPence(rate, revHours),
    });
    previousId = rev.previousRevisionId;
  }

  return {
    id: claim.id,
    reference: claim.reference,
    status: claim.status,
    version: claim.version,
    submittedAt: claim.submittedAt,
    submittedBy: claim.submittedBy
      ? { name: `${claim.submittedBy.firstName} ${claim.submittedBy.lastName}`, email: claim.submittedBy.email }
      : null,
    createdBySupport: claim.createdBy?.kind === "support",
    schoolName: claim.school.name,
    academicYear: claim.claimWindow?.academicYear ?? null,
    academicYearName: claim.claimWindow?.academicYear.name ?? null,
    provider: claim.provider,
    mentors: claim.mentorTrainings.map((t) => ({
      mentorId: t.mentorId,
      name: `${t.mentor.firstName} ${t.mentor.lastName}`,
      trn: t.mentor.trn,
      hours: t.hoursCompleted ?? 0,
    })),
    totalHours: totalHours(hours),
    ratePence: rate,
    amountPence: displayAmount(claim.status, claim.amountPence, rate, hours),
    revisions,
    ...claimPermissions(actor, claim, windowIsCurrent),
  };
}

/**
 * What a claim of these hours is worth for this school, as check your answers shows it: the region's rate times the
 * hours, computed by the same claimAmountPence the write uses, so the page never shows another figure.
 */
export async function quoteClaim(db: DbOrTx, schoolId: string, hours: readonly number[]) {
  const school = await db.school.findFirst({
    where: { id: schoolId },
    select: { region: { select: { claimsFundingAvailablePerHourPence: true } } },
  });
  const ratePence = school?.region?.claimsFundingAvailablePerHourPence ?? 0;
  return { totalHours: totalHours(hours), ratePence, amountPence: claimAmountPence(ratePence, hours) };
}

/** Accredited providers a claim can be made with (NIoT sub-providers excluded), matching a search. */
export async function searchClaimProviders(db: DbOrTx, query: string) {
  const q = cleanSearchText(query);
  if (!q) return [];
  const pattern = escapeLike(q);
  return db.provider.findMany({
    where: {
      accredited: true,
      code: { notIn: NIOT_SUB_PROVIDER_CODES },
      OR: [
        { name: { contains: pattern, mode: "insensitive" } },
        // Prisma compares case-insensitively with ILIKE, so the code is escaped like a pattern too.
        { code: { equals: pattern, mode: "insensitive" } },
        { ukprn: q },
        { urn: q },
        { postcode: { contains: pattern, mode: "insensitive" } },
      ],
    },
    orderBy: { name: "asc" },
    take: 50,
    select: { id: true, name: true, code: true, postcode: true },
  });
}

export async function getClaimProvider(db: DbOrTx, providerId: string) {
  const provider = await db.provider.findFirst({
    where: { id: providerId, accredited: true, code: { notIn: NIOT_SUB_PROVIDER_CODES } },
    select: { id: true, name: true, code: true },
  });
  if (!provider) throw new NotFoundError("provider");
  return provider;
}

/**
 * The school's claims mentors with their allowance for a provider in the academic year of the
 * claim (an existing claim's window, else the current window), ordered by name; `claimable` are
 * those with hours left. Hours already in the claim being edited do not count against it.
 */
export async function claimableMentors(
  db: DbOrTx,
  opts: { schoolId: string; providerId: string; claimId?: string; now?: Date },
) {
  let academicYear: { id: string; startsOn: Date } | null = null;
  if (opts.claimId) {
    const claim = await db.claim.findFirst({
      where: { id: opts.claimId, schoolId: opts.schoolId },
      select: { claimWindow: { select: { academicYear: { select: { id: true, startsOn: true } } } } },
    });
    if (!claim) throw new NotFoundError("claim");
    academicYear = claim.claimWindow?.academicYear ?? null;
  } else {
    academicYear = (await currentClaimWindow(db, opts.now))?.academicYear ?? null;
  }
  if (!academicYear) return [];
  const memberships = await db.mentorMembership.findMany({
    where: { schoolId: opts.schoolId, type: "Claims::MentorMembership" },
    select: { mentor: { select: { id: true, firstName: true, lastName: true, trn: true } } },
    orderBy: [{ mentor: { firstName: "asc" } }, { mentor: { lastName: "asc" } }],
  });
  const allowances = await mentorAllowances(db, {
    mentorIds: memberships.map((m) => m.mentor.id),
    providerId: opts.providerId,
    academicYear,
    excludeClaimId: opts.claimId ?? null,
  });
  return memberships
    .map((m) => ({
      ...m.mentor,
      name: `${m.mentor.firstName} ${m.mentor.lastName}`,
      allowance: allowances.get(m.mentor.id)!,
    }))
    .filter((m) => m.allowance.remaining > 0);
}

/** The data an edit wizard starts from. */
export async function claimForEditing(
  db: DbOrTx,
  actor: SessionUser,
  schoolId: string,
  claimId: string,
  now = new Date(),
) {
  const claim = await getSchoolClaim(db, actor, schoolId, claimId, now);
  if (!claim.canEdit) throw new NotFoundError("claim");
  return {
    claimId: claim.id,
    version: claim.version,
    status: claim.status,
    providerId: claim.provider?.id ?? null,
    mentors: claim.mentors.map((m) => ({ mentorId: m.mentorId, hours: m.hours })),
  };
}
