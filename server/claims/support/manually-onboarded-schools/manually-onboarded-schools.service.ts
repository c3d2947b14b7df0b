/**
 * Schools taking part in claims that a support user added by hand (the "Add organisation" journeys record who),
 * rather than through a "Make schools eligible" upload: name, URN or vendor number, who added them and when.
 */
import type { DbOrTx } from "../../../db.ts";
import { MAX_PAGES, PAGE_SIZE, pageOf, type Page } from "../../../shared/organisation/organisation-search.service.ts";

export type ManuallyOnboardedSchool = {
  id: string;
  name: string;
  urn: string | null;
  vendorNumber: string | null;
  /** The support user's name; null when that user no longer exists. */
  onboardedBy: string | null;
  /** When the school was added (its audit entry); null for schools added before the audit trail. */
  onboardedAt: Date | null;
};

export async function listManuallyOnboardedSchools(
  db: DbOrTx,
  { page: requested = 1 }: { page?: number } = {},
): Promise<Page<ManuallyOnboardedSchool>> {
  const page = Math.min(requested, MAX_PAGES);
  const offset = (page - 1) * PAGE_SIZE;
  const [rows, count] = await Promise.all([
    db.$queryRaw<ManuallyOnboardedSchool[]>`
      SELECT s.id, s.name, s.urn, s.vendor_number AS "vendorNumber",
             NULLIF(concat_ws(' ', u.first_name, u.last_name), '') AS "onboardedBy",
             added.created_at AS "onboardedAt"
      FROM schools s
      LEFT JOIN users u ON u.id = s.manually_onboarded_by_id
      LEFT JOIN LATERAL (
        SELECT a.created_at FROM audit_logs a
        WHERE a.record_type = 'School' AND a.record_id = s.id::text
          AND a.action IN ('school.onboarded.claims', 'school.created.claims')
        ORDER BY a.created_at DESC LIMIT 1
      ) added ON TRUE
      WHERE s.claims_service AND s.manually_onboarded_by_type IS NOT NULL
      ORDER BY s.name, s.id LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM schools s WHERE s.claims_service AND s.manually_onboarded_by_type IS NOT NULL`,
  ]);
  return pageOf(rows, Number(count[0]?.n ?? 0), page);
}
