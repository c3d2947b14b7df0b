/**
 * The bench dataset, built in bulk SQL on a migrated, seeded database that has a full-size GIAS import:
 * 500 onboarded schools (claims and placements) with a user and 4 claims mentors each, 10,000 claims spread over
 * every status (20 per school, 1–2 mentor trainings each), 2,000 placements, and for the persona Anne: claims at her
 * claims school (the list and claim pages) and a second claims school holding 3,000 submittable drafts (one fresh
 * mentor each) for the concurrent-submission run. Idempotent per database (it refuses to run twice).
 */
import pg from "pg";

export const DRAFTS = 3000;

export type BenchIds = {
  anneClaimsSchoolId: string;
  anneClaimId: string;
  draftsSchoolId: string;
  draftIds: string[];
  annePlacementsSchoolId: string;
};

export async function buildDataset(databaseUrl: string): Promise<BenchIds> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const q = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows;
    await q("BEGIN");
    const [window] = await q(
      `SELECT id, academic_year_id FROM claim_windows
       WHERE discarded_at IS NULL AND starts_on <= current_date AND ends_on >= current_date ORDER BY starts_on LIMIT 1`,
    );
    if (!window) throw new Error("the seed has no current claim window");
    const [anne] = await q(
      `SELECT u.id, m.school_id FROM users u JOIN user_memberships m ON m.user_id = u.id
       WHERE u.service = 'claims' AND u.email = 'anne_wilson@example.org' AND m.school_id IS NOT NULL LIMIT 1`,
    );
    const [annePlacements] = await q(
      `SELECT m.school_id FROM users u JOIN user_memberships m ON m.user_id = u.id
       WHERE u.service = 'placements' AND u.email = 'anne_wilson@example.org' AND m.school_id IS NOT NULL LIMIT 1`,
    );
    if (!anne || !annePlacements) throw new Error("the seed has no Anne persona");

    await q(`CREATE TEMP TABLE bench_schools ON COMMIT DROP AS
      SELECT id, row_number() OVER (ORDER BY urn) AS n FROM schools
      WHERE urn IS NOT NULL AND NOT claims_service AND NOT placements_service ORDER BY urn LIMIT 501`);
    const [{ count }] = await q(`SELECT count(*)::int AS count FROM bench_schools`);
    if (count < 501) throw new Error("import a full-size GIAS file first (bench/gias-generator.ts)");
    await q(`UPDATE schools s SET claims_service = true, placements_service = true,
      claims_grant_conditions_accepted_at = now() FROM bench_schools b WHERE s.id = b.id`);
    await q(
      `INSERT INTO eligibilities (school_id, academic_year_id, updated_at)
      SELECT id, $1, now() FROM bench_schools ON CONFLICT DO NOTHING`,
      [window.academic_year_id],
    );
    // One user per school.
    await q(`INSERT INTO users (service, kind, type, email, first_name, last_name, updated_at)
      SELECT 'claims', 'user', 'Claims::User', 'bench.user' || n || '@example.com', 'Bench', 'User ' || n, now()
      FROM bench_schools`);
    await q(`INSERT INTO user_memberships (user_id, organisation_type, organisation_id, school_id, updated_at)
      SELECT u.id, 'School', b.id, b.id, now() FROM bench_schools b
      JOIN users u ON u.email = 'bench.user' || b.n || '@example.com'`);
    // Four claims mentors per school.
    await q(`CREATE TEMP TABLE bench_mentors ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, b.id AS school_id, b.n, k FROM bench_schools b, generate_series(1, 4) k`);
    await q(`INSERT INTO mentors (id, first_name, last_name, trn, updated_at)
      SELECT id, 'Mentor', 'M' || n || '-' || k, (8000000 + n * 10 + k)::text, now() FROM bench_mentors`);
    await q(`INSERT INTO mentor_memberships (type, service, mentor_id, school_id, updated_at)
      SELECT 'Claims::MentorMembership', 'claims', id, school_id, now() FROM bench_mentors`);
    // 10,000 claims (20 per school) in every status but internal_draft, cycling.
    await q(`CREATE TEMP TABLE bench_claims ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, b.id AS school_id, b.n, k,
        (enum_range(NULL::claim_status))[2 + ((b.n * 20 + k) % 16)] AS status
      FROM bench_schools b, generate_series(1, 20) k WHERE b.n <= 500`);
    await q(
      `INSERT INTO claims (id, school_id, provider_id, claim_window_id, reference, status, submitted_at,
        amount_pence, version, updated_at)
      SELECT c.id, c.school_id, (SELECT id FROM providers ORDER BY code OFFSET (c.k % 5) LIMIT 1), $1,
        (30000000 + c.n * 100 + c.k)::text, c.status,
        CASE WHEN c.status = 'draft' THEN NULL ELSE now() - (c.k || ' days')::interval END,
        CASE WHEN c.status = 'draft' THEN NULL ELSE 53600 END, 0, now()
      FROM bench_claims c`,
      [window.id],
    );
    await q(`INSERT INTO mentor_trainings (claim_id, mentor_id, provider_id, hours_completed, updated_at)
      SELECT c.id, m.id, cl.provider_id, 5, now() FROM bench_claims c
      JOIN bench_mentors m ON m.school_id = c.school_id AND m.k IN (1 + c.k % 4, 1 + (c.k + 1) % 4)
      JOIN claims cl ON cl.id = c.id`);
    // Anne's claims school: 20 claims in several statuses with her school's mentors.
    await q(
      `INSERT INTO claims (school_id, provider_id, claim_window_id, reference, status, submitted_at, amount_pence,
        version, updated_at)
      SELECT $1, (SELECT id FROM providers ORDER BY code OFFSET (k % 5) LIMIT 1), $2, (39000000 + k)::text,
        (ARRAY['submitted','paid','payment_in_progress','sampling_in_progress','clawback_requested']::claim_status[])[1 + k % 5],
        now() - (k || ' days')::interval, 42880, 0, now()
      FROM generate_series(1, 20) k`,
      [anne.school_id, window.id],
    );
    await q(
      `INSERT INTO mentor_trainings (claim_id, mentor_id, provider_id, hours_completed, updated_at)
      SELECT c.id, mm.mentor_id, c.provider_id, 4, now() FROM claims c
      JOIN LATERAL (SELECT mentor_id FROM mentor_memberships WHERE school_id = c.school_id AND service = 'claims'
        ORDER BY mentor_id LIMIT 2) mm ON true
      WHERE c.school_id = $1 AND c.reference LIKE '39%'`,
      [anne.school_id],
    );
    // Anne's second claims school: drafts to submit, each with its own mentor (hours always available).
    const [drafts] = await q(`SELECT id FROM bench_schools WHERE n = 501`);
    await q(
      `INSERT INTO user_memberships (user_id, organisation_type, organisation_id, school_id, updated_at)
      VALUES ($1, 'School', $2, $2, now())`,
      [anne.id, drafts.id],
    );
    await q(`CREATE TEMP TABLE bench_drafts ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, gen_random_uuid() AS mentor_id, k FROM generate_series(1, ${DRAFTS}) k`);
    await q(`INSERT INTO mentors (id, first_name, last_name, trn, updated_at)
      SELECT mentor_id, 'Draft', 'Mentor ' || k, (9000000 + k)::text, now() FROM bench_drafts`);
    await q(
      `INSERT INTO mentor_memberships (type, service, mentor_id, school_id, updated_at)
      SELECT 'Claims::MentorMembership', 'claims', mentor_id, $1, now() FROM bench_drafts`,
      [drafts.id],
    );
    const provider = (await q(`SELECT id FROM providers ORDER BY code LIMIT 1`))[0].id;
    await q(
      `INSERT INTO claims (id, school_id, provider_id, claim_window_id, status, version, created_by_type,
        created_by_id, updated_at)
      SELECT id, $1, $2, $3, 'draft', 0, 'User', $4, now() FROM bench_drafts`,
      [drafts.id, provider, window.id, anne.id],
    );
    await q(
      `INSERT INTO mentor_trainings (claim_id, mentor_id, provider_id, hours_completed, updated_at)
      SELECT id, mentor_id, $1, 5, now() FROM bench_drafts`,
      [provider],
    );
    // 2,000 placements: 1,980 over the bench schools, 20 at Anne's placements school; half in the claim window's
    // academic year and half in the next one (the year a placements user sees until they choose).
    await q(
      `INSERT INTO placements (school_id, academic_year_id, subject_id, status, updated_at)
      SELECT CASE WHEN k <= 20 THEN $1 ELSE (SELECT id FROM bench_schools WHERE n = 1 + k % 500) END,
        CASE WHEN k % 2 = 0 THEN $2::uuid
             ELSE COALESCE((SELECT n.id FROM academic_years y JOIN academic_years n ON n.starts_on > y.starts_on
                             WHERE y.id = $2::uuid ORDER BY n.starts_on LIMIT 1), $2::uuid) END,
        (SELECT id FROM subjects WHERE parent_subject_id IS NULL ORDER BY name OFFSET (k % 30) LIMIT 1), 'published', now()
      FROM generate_series(1, 2000) k`,
      [annePlacements.school_id, window.academic_year_id],
    );
    const draftIds = (await q(`SELECT id FROM bench_drafts ORDER BY k`)).map((r) => r.id as string);
    const [anneClaim] = await q(`SELECT id FROM claims WHERE school_id = $1 AND reference LIKE '39%' LIMIT 1`, [
      anne.school_id,
    ]);
    await q("COMMIT");
    await q("ANALYZE");
    return {
      anneClaimsSchoolId: anne.school_id,
      anneClaimId: anneClaim.id,
      draftsSchoolId: drafts.id,
      draftIds,
      annePlacementsSchoolId: annePlacements.school_id,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
