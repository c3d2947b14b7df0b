/**
 * The claims support console's All claims list, its filters and the CSV export.
 *
 * Built for 10,000+ claims: the page is one SQL statement (the rows, their mentors and the total via a window
 * function) and the filter options another; every filter is an indexed column or an EXISTS on an indexed join.
 * The export reads the same filters in keyset batches (by reference), so memory stays flat.
 */
import type { Db, DbOrTx } from "../../../db.ts";
import { Prisma } from "../../../../prisma/generated/client.ts";
import { likePattern } from "../../../shared/organisation/organisation-search.service.ts";
import { keysetBatches, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import { UNASSIGNED, type ClaimFilters } from "./support-claims.schema.ts";
import type { SessionUser } from "../../../auth/session.ts";
import { ConflictError, DomainError, NotFoundError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { getSchoolClaim } from "../../claim/claim.service.ts";

export const CLAIMS_PAGE_SIZE = 25;

const NON_DRAFT = Prisma.sql`c.status NOT IN ('internal_draft', 'draft')`;

const uuids = (values: readonly string[]) => Prisma.sql`${[...values]}::uuid[]`;

/** The SQL condition for a set of filters (claims `c`, joined claim window `w`). */
export function claimFilterSql(f: ClaimFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [NON_DRAFT];
  if (f.reference) parts.push(Prisma.sql`c.reference ILIKE ${likePattern(f.reference)}`);
  if (f.schoolIds.length) parts.push(Prisma.sql`c.school_id = ANY(${uuids(f.schoolIds)})`);
  if (f.providerIds.length) parts.push(Prisma.sql`c.provider_id = ANY(${uuids(f.providerIds)})`);
  if (f.claimWindowIds.length) parts.push(Prisma.sql`c.claim_window_id = ANY(${uuids(f.claimWindowIds)})`);
  if (f.academicYearId) parts.push(Prisma.sql`w.academic_year_id = ${f.academicYearId}::uuid`);
  if (f.statuses.length) parts.push(Prisma.sql`c.status = ANY(${[...f.statuses]}::claim_status[])`);
  // Dates are UK days, inclusive: after = from the start of that day, before = up to the end of that day.
  if (f.submittedAfter)
    parts.push(Prisma.sql`c.submitted_at >= (${f.submittedAfter}::date::timestamp AT TIME ZONE 'Europe/London')`);
  if (f.submittedBefore)
    parts.push(Prisma.sql`c.submitted_at < ((${f.submittedBefore}::date + 1)::timestamp AT TIME ZONE 'Europe/London')`);
  if (f.mentorIds.length)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM mentor_trainings mt WHERE mt.claim_id = c.id AND mt.mentor_id = ANY(${uuids(f.mentorIds)}))`,
    );
  if (f.trainingTypes.length)
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM mentor_trainings mt WHERE mt.claim_id = c.id AND mt.training_type::text = ANY(${[...f.trainingTypes]}::text[]))`,
    );
  if (f.supportUserIds.length) {
    const users = f.supportUserIds.filter((id) => id !== UNASSIGNED);
    const unassigned = f.supportUserIds.includes(UNASSIGNED);
    const options: Prisma.Sql[] = [];
    if (users.length) options.push(Prisma.sql`c.support_user_id = ANY(${uuids(users)})`);
    if (unassigned) options.push(Prisma.sql`c.support_user_id IS NULL`);
    parts.push(Prisma.sql`(${Prisma.join(options, " OR ")})`);
  }
  return Prisma.join(parts, " AND ");
}

export type SupportClaimCard = {
  id: string;
  reference: string | null;
  status: string;
  submittedAt: Date | null;
  amountPence: number | null;
  schoolId: string;
  schoolName: string;
  providerName: string | null;
  mentors: string[];
};

/**
 * One page of claims (newest submitted first) and the number of claims matching, in one statement. Only the ids and
 * sort keys of the matching claims are counted and sorted; the page's rows alone are joined to their school,
 * provider and mentors.
 */
export async function listSupportClaims(db: DbOrTx, filters: ClaimFilters, page: number) {
  const offset = (page - 1) * CLAIMS_PAGE_SIZE;
  const rows = await db.$queryRaw<(SupportClaimCard & { total: bigint })[]>`
    WITH matching AS (
      SELECT c.id, c.submitted_at FROM claims c LEFT JOIN claim_windows w ON w.id = c.claim_window_id
       WHERE ${claimFilterSql(filters)}
    ), page AS (
      SELECT id, count(*) OVER () AS total FROM matching
       ORDER BY submitted_at DESC NULLS LAST, id DESC
       LIMIT ${CLAIMS_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT c.id, c.reference, c.status::text AS status, c.submitted_at AS "submittedAt", c.amount_pence AS "amountPence",
           s.id AS "schoolId", s.name AS "schoolName", p.name AS "providerName",
           COALESCE((SELECT array_agg(m.first_name || ' ' || m.last_name ORDER BY m.last_name, m.first_name)
                       FROM mentor_trainings mt JOIN mentors m ON m.id = mt.mentor_id WHERE mt.claim_id = c.id),
                    '{}') AS mentors,
           page.total
      FROM page
      JOIN claims c ON c.id = page.id
      JOIN schools s ON s.id = c.school_id
      LEFT JOIN providers p ON p.id = c.provider_id
     ORDER BY c.submitted_at DESC NULLS LAST, c.id DESC`;
  let total = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && page > 1) {
    // Past the last page: count so the page can offer the way back.
    const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM claims c LEFT JOIN claim_windows w ON w.id = c.claim_window_id
       WHERE ${claimFilterSql(filters)}`;
    total = Number(n);
  }
  return {
    claims: rows.map(({ total: _total, ...card }) => card),
    total,
    page,
    perPage: CLAIMS_PAGE_SIZE,
    totalPages: Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE)),
  };
}

type Named = { id: string; name: string };
export type ClaimFilterOptions = {
  academicYears: (Named & { windows: { id: string; startsOn: string; endsOn: string }[] })[];
  defaultAcademicYearId: string | null;
  supportUsers: Named[];
  schools: (Named & { urn: string | null })[];
  providers: (Named & { code: string })[];
  mentors: (Named & { trn: string })[];
};

const OPTION_LIMIT = 25;

/**
 * Everything the filter panel shows, in one statement: academic years with their claim windows (newest first), the
 * default year (that of the latest claim window), support users, and for schools, providers and mentors the ones
 * already selected plus up to 25 matching the typed search (mentors: those trained in the academic year).
 */
export async function claimFilterOptions(
  db: DbOrTx,
  input: {
    academicYearId?: string;
    schoolIds: string[];
    providerIds: string[];
    mentorIds: string[];
    schoolSearch?: string;
    providerSearch?: string;
    mentorSearch?: string;
  },
): Promise<ClaimFilterOptions> {
  const schoolQ = input.schoolSearch ? likePattern(input.schoolSearch) : null;
  const providerQ = input.providerSearch ? likePattern(input.providerSearch) : null;
  const mentorQ = input.mentorSearch ? likePattern(input.mentorSearch) : null;
  const [row] = await db.$queryRaw<[{ options: ClaimFilterOptions }]>`
    WITH default_year AS (
      SELECT w.academic_year_id AS id FROM claim_windows w WHERE w.discarded_at IS NULL
       ORDER BY w.starts_on DESC LIMIT 1
    ), chosen_year AS (
      SELECT COALESCE(${input.academicYearId ?? null}::uuid, (SELECT id FROM default_year)) AS id
    )
    SELECT json_build_object(
      'academicYears', COALESCE((
        SELECT json_agg(json_build_object('id', ay.id, 'name', ay.name, 'windows', (
                 SELECT COALESCE(json_agg(json_build_object('id', w.id, 'startsOn', w.starts_on, 'endsOn', w.ends_on)
                                          ORDER BY w.starts_on DESC), '[]')
                   FROM claim_windows w WHERE w.academic_year_id = ay.id AND w.discarded_at IS NULL))
               ORDER BY ay.starts_on DESC)
          FROM academic_years ay
         WHERE EXISTS (SELECT 1 FROM claim_windows w WHERE w.academic_year_id = ay.id AND w.discarded_at IS NULL)), '[]'),
      'defaultAcademicYearId', (SELECT id FROM default_year),
      'supportUsers', COALESCE((
        SELECT json_agg(json_build_object('id', u.id, 'name', u.first_name || ' ' || u.last_name)
                        ORDER BY u.first_name, u.last_name)
          FROM users u WHERE u.type = 'Claims::SupportUser' AND u.discarded_at IS NULL), '[]'),
      'schools', COALESCE((
        SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'urn', x.urn) ORDER BY x.name)
          FROM (SELECT s.id, s.name, s.urn FROM schools s WHERE s.id = ANY(${uuids(input.schoolIds)})
                UNION
                (SELECT s.id, s.name, s.urn FROM schools s
                  WHERE ${schoolQ}::text IS NOT NULL AND s.claims_service
                    AND (s.name ILIKE ${schoolQ} OR s.urn ILIKE ${schoolQ})
                  ORDER BY s.name LIMIT ${OPTION_LIMIT})) x), '[]'),
      'providers', COALESCE((
        SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'code', x.code) ORDER BY x.name)
          FROM (SELECT p.id, p.name, p.code FROM providers p WHERE p.id = ANY(${uuids(input.providerIds)})
                UNION
                (SELECT p.id, p.name, p.code FROM providers p
                  WHERE ${providerQ}::text IS NOT NULL AND p.accredited
                    AND (p.name ILIKE ${providerQ} OR p.code ILIKE ${providerQ})
                  ORDER BY p.name LIMIT ${OPTION_LIMIT})) x), '[]'),
      'mentors', COALESCE((
        SELECT json_agg(json_build_object('id', x.id, 'name', x.name, 'trn', x.trn) ORDER BY x.name)
          FROM (SELECT m.id, m.first_name || ' ' || m.last_name AS name, m.trn FROM mentors m
                 WHERE m.id = ANY(${uuids(input.mentorIds)})
                UNION
                (SELECT m.id, m.first_name || ' ' || m.last_name AS name, m.trn FROM mentors m
                  WHERE ${mentorQ}::text IS NOT NULL
                    AND (m.first_name || ' ' || m.last_name ILIKE ${mentorQ} OR m.trn ILIKE ${mentorQ})
                    AND EXISTS (SELECT 1 FROM mentor_trainings mt
                                  JOIN claims c ON c.id = mt.claim_id AND c.status NOT IN ('internal_draft', 'draft')
                                  JOIN claim_windows w ON w.id = c.claim_window_id
                                 WHERE mt.mentor_id = m.id AND w.academic_year_id = (SELECT id FROM chosen_year))
                  ORDER BY 2 LIMIT ${OPTION_LIMIT})) x), '[]')
    ) AS options`;
  return row.options;
}

// CSV export --------------------------------------------------------------------------------------------------------

export type ClaimExportRow = {
  reference: string;
  schoolUrn: string | null;
  schoolName: string;
  localAuthority: string | null;
  typeOfEstablishment: string | null;
  schoolGroup: string | null;
  providerName: string | null;
  providerCode: string | null;
  amountPence: number | null;
  submittedAt: Date | null;
  status: string;
};

/** The support "download claims" file; claim_unpaid_reason is a header only (support never fills it). */
export const CLAIMS_EXPORT_COLUMNS: CsvColumn<ClaimExportRow>[] = [
  { header: "claim_reference", value: (r) => r.reference },
  { header: "school_urn", value: (r) => r.schoolUrn },
  { header: "school_name", value: (r) => r.schoolName },
  { header: "school_local_authority", value: (r) => r.localAuthority },
  { header: "school_type_of_establishment", value: (r) => r.typeOfEstablishment },
  { header: "school_group", value: (r) => r.schoolGroup },
  { header: "provider_name", value: (r) => r.providerName },
  { header: "provider_code", value: (r) => r.providerCode },
  { header: "claim_amount", value: (r) => (r.amountPence === null ? null : Number((r.amountPence / 100).toFixed(2))) },
  { header: "claim_submission_date", value: (r) => r.submittedAt },
  { header: "claim_status", value: (r) => r.status },
  { header: "claim_unpaid_reason", value: () => null },
];

/** The filtered claims in reference order, read 1,000 at a time (keyset on the unique reference). */
export function claimExportBatches(db: Db, filters: ClaimFilters, batchSize = 1000) {
  return keysetBatches<ClaimExportRow, string>(
    (after, take) => db.$queryRaw<ClaimExportRow[]>`
      SELECT c.reference, s.urn AS "schoolUrn", s.name AS "schoolName", s.local_authority_name AS "localAuthority",
             s.type_of_establishment AS "typeOfEstablishment", s."group" AS "schoolGroup",
             p.name AS "providerName", p.code AS "providerCode", c.amount_pence AS "amountPence",
             c.submitted_at AS "submittedAt", c.status::text AS status
        FROM claims c
        JOIN schools s ON s.id = c.school_id
        LEFT JOIN providers p ON p.id = c.provider_id
        LEFT JOIN claim_windows w ON w.id = c.claim_window_id
       WHERE ${claimFilterSql(filters)} AND c.reference IS NOT NULL
         AND (${after}::text IS NULL OR c.reference > ${after})
       ORDER BY c.reference
       LIMIT ${take}`,
    (row) => row.reference,
    batchSize,
  );
}

// Support claim page -------------------------------------------------------------------------------------------------

/** Everything the support claim page shows besides the activity log. */
export async function getSupportClaim(db: DbOrTx, actor: SessionUser, claimId: string) {
  const claim = await db.claim.findFirst({
    where: { id: claimId, status: { notIn: ["internal_draft", "draft"] } },
    select: {
      schoolId: true,
      zendeskUrl: true,
      unpaidReason: true,
      samplingReason: true,
      paymentInProgressAt: true,
      supportUser: { select: { id: true, firstName: true, lastName: true } },
      mentorTrainings: {
        select: {
          mentor: { select: { firstName: true, lastName: true } },
          reasonNotAssured: true,
          reasonRejected: true,
          reasonClawedBack: true,
          reasonClawbackRejected: true,
          hoursClawedBack: true,
        },
      },
    },
  });
  if (!claim) throw new NotFoundError("claim");
  const detail = await getSchoolClaim(db, actor, claim.schoolId, claimId);
  const responses = claim.mentorTrainings.flatMap((t) => {
    const mentor = `${t.mentor.firstName} ${t.mentor.lastName}`;
    return [
      t.reasonNotAssured && { mentor, by: "Provider", text: t.reasonNotAssured },
      t.reasonRejected && { mentor, by: "School", text: t.reasonRejected },
      t.reasonClawedBack && { mentor, by: "Clawback", text: t.reasonClawedBack },
      t.reasonClawbackRejected && { mentor, by: "Clawback approval", text: t.reasonClawbackRejected },
    ].filter((r): r is { mentor: string; by: string; text: string } => Boolean(r));
  });
  return {
    ...detail,
    schoolId: claim.schoolId,
    zendeskUrl: claim.zendeskUrl,
    unpaidReason: claim.unpaidReason,
    samplingReason: claim.samplingReason,
    paymentInProgressAt: claim.paymentInProgressAt,
    supportUser: claim.supportUser
      ? { id: claim.supportUser.id, name: `${claim.supportUser.firstName} ${claim.supportUser.lastName}` }
      : null,
    responses,
  };
}

export async function listSupportUsers(db: DbOrTx) {
  const users = await db.user.findMany({
    where: { type: "Claims::SupportUser", discardedAt: null },
    select: { id: true, firstName: true, lastName: true },
    orderBy: [{ firstName: "asc" }, { lastName: "asc" }],
  });
  return users.map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` }));
}

/**
 * Assigns a support user and/or sets the Zendesk ticket URL. Optimistic: the claim must still be at the version the
 * form showed (someone else's change meanwhile is a conflict, not overwritten).
 */
export async function updateSupportDetails(
  db: Db,
  actor: SessionUser,
  input: { claimId: string; version: number; supportUserId?: string; zendeskUrl?: string },
  meta: { requestId?: string } = {},
) {
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, status: { notIn: ["internal_draft", "draft"] } },
      select: { id: true, supportUserId: true, zendeskUrl: true },
    });
    if (!claim) throw new NotFoundError("claim");
    const data: { supportUserId?: string | null; zendeskUrl?: string | null } = {};
    if (input.supportUserId !== undefined) {
      if (input.supportUserId) {
        const user = await tx.user.findFirst({
          where: { id: input.supportUserId, type: "Claims::SupportUser", discardedAt: null },
          select: { id: true },
        });
        if (!user) throw new DomainError("Select a support user", "supportUserId");
      }
      data.supportUserId = input.supportUserId || null;
    }
    if (input.zendeskUrl !== undefined) data.zendeskUrl = input.zendeskUrl || null;
    const { count } = await tx.claim.updateMany({
      where: { id: input.claimId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new ConflictError();
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.support_details_changed",
      recordType: "Claim",
      recordId: input.claimId,
      changes: {
        ...(data.supportUserId !== undefined ? { supportUserId: [claim.supportUserId, data.supportUserId] } : {}),
        ...(data.zendeskUrl !== undefined ? { zendeskUrl: [claim.zendeskUrl, data.zendeskUrl] } : {}),
      },
      requestId: meta.requestId,
    });
    return { id: input.claimId };
  });
}
