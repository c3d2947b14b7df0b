import { Prisma } from "../../prisma/generated/client.ts";
import type { Db } from "../db.ts";
import { directRows } from "../db-direct-reads.ts";
import { storable } from "../shared/validation/text.ts";

/**
 * Server-side wizard state: one row per (session, journey, key). Nothing half-finished
 * reaches the domain tables, and the cookie stays small (itt ADR 00009, kept in the database
 * so several app instances share it). It is read on every step of a wizard and on every view of a page that
 * remembers its filters, so the read goes straight to the driver adapter (directRows).
 */
export async function loadWizardState<S>(db: Db, sessionId: string, journey: string, key: string): Promise<S | null> {
  const [row] = await directRows<{ data: unknown }>(
    db,
    Prisma.sql`SELECT data FROM wizard_states WHERE session_id = ${sessionId} AND journey = ${journey} AND key = ${key}`,
  );
  return row ? (row.data as S) : null;
}

export async function saveWizardState<S>(db: Db, sessionId: string, journey: string, key: string, data: S) {
  // Answers are copied from forms: bounded and free of NUL, which jsonb cannot hold.
  data = storable(data) as S;
  await db.wizardState.upsert({
    where: { sessionId_journey_key: { sessionId, journey, key } },
    create: { sessionId, journey, key, data: data as object },
    update: { data: data as object },
  });
}

export async function deleteWizardState(db: Db, sessionId: string, journey: string, key: string) {
  await db.wizardState.deleteMany({ where: { sessionId, journey, key } });
}
