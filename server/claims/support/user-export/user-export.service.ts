/**
 * Export users: the school users of schools that have a submitted claim in the chosen claim window (or in any), one
 * row per user and school, optionally only users who have signed in. Read in keyset batches (flat memory).
 */
import { Prisma } from "../../../../prisma/generated/client.ts";
import type { Db, DbOrTx } from "../../../db.ts";
import { NotFoundError } from "../../../errors.ts";
import { keysetBatches, type CsvColumn } from "../../../shared/csv/csv-download.ts";
import type { UserExportInput } from "./user-export.schema.ts";

export type ExportedUser = {
  schoolId: string;
  schoolUrn: string | null;
  schoolName: string;
  firstName: string;
  lastName: string;
  email: string;
};

export const USER_EXPORT_COLUMNS: CsvColumn<ExportedUser>[] = [
  { header: "school_urn", value: (r) => r.schoolUrn },
  { header: "school_name", value: (r) => r.schoolName },
  { header: "user_first_name", value: (r) => r.firstName },
  { header: "user_last_name", value: (r) => r.lastName },
  { header: "email_address", value: (r) => r.email },
];

/** A claim window named in the form must exist (another id is a 404, like a missing page). */
export async function assertExportWindow(db: DbOrTx, input: UserExportInput) {
  if (input.claimWindowId === "all") return;
  const window = await db.claimWindow.findFirst({
    where: { id: input.claimWindowId, discardedAt: null },
    select: { id: true },
  });
  if (!window) throw new NotFoundError("claim window");
}

export function userExportBatches(db: Db, input: UserExportInput, batchSize = 1000) {
  const inWindow =
    input.claimWindowId === "all" ? Prisma.empty : Prisma.sql`AND c.claim_window_id = ${input.claimWindowId}::uuid`;
  const signedIn = input.activity === "signed_in" ? Prisma.sql`AND u.last_signed_in_at IS NOT NULL` : Prisma.empty;
  return keysetBatches<ExportedUser, { email: string; schoolId: string }>(
    (after, take) => db.$queryRaw<ExportedUser[]>`
      SELECT s.id AS "schoolId", s.urn AS "schoolUrn", s.name AS "schoolName",
             u.first_name AS "firstName", u.last_name AS "lastName", u.email
        FROM user_memberships m
        JOIN users u ON u.id = m.user_id
        JOIN schools s ON s.id = m.organisation_id
       WHERE m.organisation_type = 'School' AND u.service = 'claims' AND u.kind = 'user' AND u.discarded_at IS NULL
         ${signedIn}
         AND EXISTS (SELECT 1 FROM claims c WHERE c.school_id = s.id AND c.status NOT IN ('internal_draft', 'draft')
                     ${inWindow})
         AND (${after?.email ?? null}::text IS NULL OR (u.email, s.id) > (${after?.email ?? ""}, ${after?.schoolId ?? null}::uuid))
       ORDER BY u.email, s.id
       LIMIT ${take}`,
    (row) => ({ email: row.email, schoolId: row.schoolId }),
    batchSize,
  );
}
