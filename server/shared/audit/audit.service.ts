import type { DbOrTx } from "../../db.ts";

export interface AuditEntry {
  actorId: string | null;
  /** Verb in the past tense: "claim.submitted", "user.removed". */
  action: string;
  recordType: string;
  recordId: string;
  changes?: Record<string, unknown>;
  requestId?: string;
}

/** Append-only audit trail, written in the same transaction as the change it records. */
export async function recordAudit(tx: DbOrTx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      changes: (entry.changes ?? undefined) as object | undefined,
      requestId: entry.requestId ?? null,
    },
  });
}

/** recordAudit for many entries in one statement (an upload applying many changes). */
export async function recordAudits(tx: DbOrTx, entries: AuditEntry[]) {
  if (!entries.length) return;
  await tx.auditLog.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId,
      changes: (entry.changes ?? undefined) as object | undefined,
      requestId: entry.requestId ?? null,
    })),
  });
}
