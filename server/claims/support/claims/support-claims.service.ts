/**
 * The claims support console's All claims list, its filters and the CSV export.
 *
 * Built for 10,000+ claims: the page is one SQL statement (the filter options, the rows in index order with their
 * mentors, and the total); every filter is an indexed column or an EXISTS on an indexed join.
 * The export reads the same filters in keyset batches (by reference), so memory stays flat.
 */
import type { Db, DbOrTx } from "../../../db.ts";
import { directRows } from "../../../db-direct-reads.ts";
import { Prisma } from "../../../../prisma/generated/client.ts";
import { likePattern, MAX_PAGES, pageOf } from "../../../shared/organisation/organisation-search.service.ts";
import { keysetBatches, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import { UNASSIGNED, type ClaimFilters } from "./support-claims.schema.ts";
import type { SessionUser } from "../../../auth/session.ts";
import { ConflictError, DomainError, NotFoundError } from "../../../errors.ts";
import { recordAudit } from "../../../shared/audit/audit.service.ts";
import { isoTextSql } from "../../../shared/time/iso-text-sql.ts";
import { getSchoolClaim } from "../../claim/claim.service.ts";

export const CLAIMS_PAGE_SIZE = 25;

const NON_DRAFT = Prisma.sql`c.status NOT IN ('internal_draft', 'draft')`;

const uuids = (values: readonly string[]) => Prisma.sql`${[...values]}::uuid[]`;

/** The SQL condition for a set of filters, on claims `c` alone (no join: a count can then read an index only). */
export function claimFilterSql(f: ClaimFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [NON_DRAFT];
  if (f.reference) parts.push(Prisma.sql`c.reference ILIKE ${likePattern(f.reference)}`);
  if (f.schoolIds.length) parts.push(Prisma.sql`c.school_id = ANY(${uuids(f.schoolIds)})`);
  if (f.providerIds.length) parts.push(Prisma.sql`c.provider_id = ANY(${uuids(f.providerIds)})`);
  if (f.claimWindowIds.length) parts.push(Prisma.sql`c.claim_window_id = ANY(${uuids(f.claimWindowIds)})`);
  if (f.academicYearId)
    parts.push(
      Prisma.sql`c.claim_window_id IN (SELECT w.id FROM claim_windows w WHERE w.academic_year_id = ${f.academicYearId}::uuid)`,
    );
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
  /** ISO 8601 as `toISOString` gives it (`isoTextSql`). */
  submittedAt: string | null;
  amountPence: number | null;
  schoolId: string;
  schoolName: string;
  providerName: string | null;
  mentors: string[];
};

/** The searches typed into the school, provider and mentor filters (their options list what matches). */
export type ClaimFilterSearches = { schoolSearch?: string; providerSearch?: string; mentorSearch?: string };

/**
 * The All claims page in one statement: the filter panel's options, one page of the matching claims (newest
 * submitted first) and how many match. The academic year is the one asked for, else the default (that of the latest
 * claim window); claim windows of other years are left out of the filter. The page is read in order from
 * `claims_support_list_idx` (non-draft claims by submission, newest first), so only its 25 rows are joined to their
 * school, provider and mentors; the total is a separate count in the same statement (counting never sorts).
 */
export async function supportClaimsPage(
  db: DbOrTx,
  filters: ClaimFilters,
  searches: ClaimFilterSearches,
  requested: number,
) {
  // At most MAX_PAGES pages (1,000 claims), as every list in the consoles: a deeper page would make the database skip
  // every claim before it. The filters narrow the list; the export has them all.
  const page = Math.min(requested, MAX_PAGES);
  const offset = (page - 1) * CLAIMS_PAGE_SIZE;
  const { years, options } = filterOptionsSql({ ...filters, ...searches });
  const inChosenYear = Prisma.sql`w.academic_year_id = (SELECT id FROM chosen_year)`;
  const conditions = [
    claimFilterSql({ ...filters, academicYearId: undefined, claimWindowIds: [] }),
    // Without any claim window there is no year: every window then (the test stays on the windows, not on each claim,
    // so the count keeps its index condition on the claim's window and status).
    Prisma.sql`c.claim_window_id IN (SELECT w.id FROM claim_windows w
                                    WHERE ${inChosenYear} OR (SELECT id FROM chosen_year) IS NULL)`,
  ];
  if (filters.claimWindowIds.length) {
    const windowIds = uuids(filters.claimWindowIds);
    conditions.push(Prisma.sql`(c.claim_window_id = ANY(${windowIds})
      OR NOT EXISTS (SELECT 1 FROM claim_windows w WHERE w.id = ANY(${windowIds}) AND ${inChosenYear}))`);
  }
  const where = Prisma.join(conditions, " AND ");
  // The page size and the first page's offset are literals: the first page (nearly every view) is then one fixed
  // statement whose plan PostgreSQL reuses; a deeper page's offset is a parameter.
  const offsetSql = offset === 0 ? Prisma.raw("0") : Prisma.sql`${offset}`;
  // Straight to the driver adapter (directRows): the console's most visited page.
  const [row] = await directRows<{ options: ClaimFilterOptions; total: bigint; claims: SupportClaimCard[] | null }>(
    db,
    Prisma.sql`
    WITH ${years},
    page AS (
      SELECT c.id FROM claims c WHERE ${where}
       ORDER BY c.submitted_at DESC, c.id DESC
       LIMIT ${Prisma.raw(String(CLAIMS_PAGE_SIZE))} OFFSET ${offsetSql}
    )
    SELECT ${options} AS options,
           (SELECT count(*) FROM claims c WHERE ${where}) AS total,
           (SELECT json_agg(json_build_object(
                     'id', c.id, 'reference', c.reference, 'status', c.status,
                     'submittedAt', ${isoTextSql(Prisma.raw("c.submitted_at"))},
                     'amountPence', c.amount_pence, 'schoolId', s.id, 'schoolName', s.name, 'providerName', p.name,
                     'mentors', COALESCE((SELECT array_agg(m.first_name || ' ' || m.last_name
                                                           ORDER BY m.last_name, m.first_name)
                                            FROM mentor_trainings mt JOIN mentors m ON m.id = mt.mentor_id
                                           WHERE mt.claim_id = c.id), '{}'))
                   ORDER BY c.submitted_at DESC, c.id DESC)
              FROM page
              JOIN claims c ON c.id = page.id
              JOIN schools s ON s.id = c.school_id
              LEFT JOIN providers p ON p.id = c.provider_id) AS claims`,
  );
  const { items, ...paging } = pageOf(row.claims ?? [], Number(row.total), page, CLAIMS_PAGE_SIZE);
  return { options: row.options, claims: items, ...paging };
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
 * One filter's options as a JSON array: the selected ones plus up to 25 matching the search, each once, by name. With
 * nothing selected and no search it is a constant, not a condition on a null parameter: the statement's plan is then
 * the same for every call, so PostgreSQL can reuse it.
 */
function optionList(o: {
  from: Prisma.Sql;
  item: Prisma.Sql;
  sort: Prisma.Sql;
  id: Prisma.Sql;
  ids: string[];
  matches: Prisma.Sql | null;
}) {
  if (!o.ids.length && !o.matches) return Prisma.sql`'[]'::json`;
  const select = Prisma.sql`SELECT ${o.item} AS item, ${o.sort} AS sort FROM ${o.from}`;
  const selected = o.ids.length ? Prisma.sql`${select} WHERE ${o.id} = ANY(${uuids(o.ids)})` : null;
  const matching = o.matches ? Prisma.sql`(${select} WHERE ${o.matches} ORDER BY 2 LIMIT ${OPTION_LIMIT})` : null;
  const rows = selected && matching ? Prisma.sql`${selected} UNION ${matching}` : (selected ?? matching)!;
  return Prisma.sql`COALESCE((SELECT json_agg(x.item ORDER BY x.sort) FROM (${rows}) x), '[]')`;
}

type FilterOptionsQuery = ClaimFilterSearches & {
  academicYearId?: string;
  schoolIds: string[];
  providerIds: string[];
  mentorIds: string[];
};

/**
 * Everything the filter panel shows, as SQL: `years` defines `default_year` (that of the latest claim window) and
 * `chosen_year` (the one asked for, else the default) for a WITH clause; `options` is one JSON object of the academic
 * years with their claim windows (newest first), the default year, support users, and for schools, providers and
 * mentors the ones already selected plus up to 25 matching the typed search (mentors: those trained in the chosen
 * year).
 */
function filterOptionsSql(input: FilterOptionsQuery) {
  const schoolQ = input.schoolSearch ? likePattern(input.schoolSearch) : null;
  const providerQ = input.providerSearch ? likePattern(input.providerSearch) : null;
  const mentorQ = input.mentorSearch ? likePattern(input.mentorSearch) : null;
  const schools = optionList({
    from: Prisma.sql`schools s`,
    item: Prisma.sql`jsonb_build_object('id', s.id, 'name', s.name, 'urn', s.urn)`,
    sort: Prisma.sql`s.name`,
    id: Prisma.sql`s.id`,
    ids: input.schoolIds,
    matches: schoolQ ? Prisma.sql`s.claims_service AND (s.name ILIKE ${schoolQ} OR s.urn ILIKE ${schoolQ})` : null,
  });
  const providers = optionList({
    from: Prisma.sql`providers p`,
    item: Prisma.sql`jsonb_build_object('id', p.id, 'name', p.name, 'code', p.code)`,
    sort: Prisma.sql`p.name`,
    id: Prisma.sql`p.id`,
    ids: input.providerIds,
    matches: providerQ ? Prisma.sql`p.accredited AND (p.name ILIKE ${providerQ} OR p.code ILIKE ${providerQ})` : null,
  });
  const mentorName = Prisma.sql`m.first_name || ' ' || m.last_name`;
  const mentors = optionList({
    from: Prisma.sql`mentors m`,
    item: Prisma.sql`jsonb_build_object('id', m.id, 'name', ${mentorName}, 'trn', m.trn)`,
    sort: mentorName,
    id: Prisma.sql`m.id`,
    ids: input.mentorIds,
    matches: !mentorQ
      ? null
      : Prisma.sql`(${mentorName} ILIKE ${mentorQ} OR m.trn ILIKE ${mentorQ})
        AND EXISTS (SELECT 1 FROM mentor_trainings mt
                      JOIN claims c ON c.id = mt.claim_id AND ${NON_DRAFT}
                      JOIN claim_windows w ON w.id = c.claim_window_id
                     WHERE mt.mentor_id = m.id AND w.academic_year_id = (SELECT id FROM chosen_year))`,
  });
  const chosenYear = input.academicYearId
    ? Prisma.sql`SELECT ${input.academicYearId}::uuid AS id`
    : Prisma.sql`SELECT id FROM default_year`;
  const years = Prisma.sql`default_year AS (
      SELECT w.academic_year_id AS id FROM claim_windows w WHERE w.discarded_at IS NULL
       ORDER BY w.starts_on DESC LIMIT 1
    ), chosen_year AS (${chosenYear})`;
  const options = Prisma.sql`json_build_object(
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
      'schools', ${schools},
      'providers', ${providers},
      'mentors', ${mentors}
    )`;
  return { years, options };
}

/** The filter panel's options alone (the CSV export reads the default year from them). */
export async function claimFilterOptions(db: DbOrTx, input: FilterOptionsQuery): Promise<ClaimFilterOptions> {
  const { years, options } = filterOptionsSql(input);
  const [row] = await db.$queryRaw<[{ options: ClaimFilterOptions }]>`WITH ${years} SELECT ${options} AS options`;
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
