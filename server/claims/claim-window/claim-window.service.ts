import type { DbOrTx } from "../../db.ts";
import { DomainError, NotFoundError } from "../../errors.ts";
import type { SessionUser } from "../../auth/session.ts";
import { recordAudit } from "../../shared/audit/audit.service.ts";
import { londonDate } from "../../shared/time/uk-time.ts";
import { CLAIM_WINDOW_MESSAGES, type ClaimWindowValues } from "./claim-window.schema.ts";

export type ClaimWindowStatus = "current" | "upcoming" | "past";

const dateOnly = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);
/** Today in the UK: windows open and close on UK dates. */
export const todayIso = () => londonDate(new Date());

/** Current = today within [opens, closes] inclusive; upcoming = opens later; past = closed. */
export function claimWindowStatus(window: { startsOn: Date; endsOn: Date }, today = todayIso()): ClaimWindowStatus {
  if (isoOf(window.startsOn) > today) return "upcoming";
  if (isoOf(window.endsOn) < today) return "past";
  return "current";
}

const windowSelect = {
  id: true,
  startsOn: true,
  endsOn: true,
  academicYear: { select: { id: true, name: true } },
} as const;

/** Kept claim windows, newest first, with their status. */
export async function listClaimWindows(db: DbOrTx, today = todayIso()) {
  const windows = await db.claimWindow.findMany({
    where: { discardedAt: null },
    orderBy: { startsOn: "desc" },
    select: windowSelect,
  });
  return windows.map((w) => ({ ...w, status: claimWindowStatus(w, today) }));
}

export async function getClaimWindow(db: DbOrTx, id: string, today = todayIso()) {
  const window = await db.claimWindow.findFirst({ where: { id, discardedAt: null }, select: windowSelect });
  if (!window) throw new NotFoundError("claim window");
  return { ...window, status: claimWindowStatus(window, today) };
}

/**
 * Overlap rules (reference: ClaimWindowForm): neither date may fall inside another kept window,
 * and the new window may not contain one. Returns field errors (empty when valid).
 */
export async function claimWindowOverlapErrors(db: DbOrTx, input: ClaimWindowValues, excludeId?: string) {
  const others = await db.claimWindow.findMany({
    where: { discardedAt: null, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { startsOn: true, endsOn: true },
  });
  const within = (date: string) => others.some((w) => isoOf(w.startsOn) <= date && date <= isoOf(w.endsOn));
  const errors: Record<string, string> = {};
  if (within(input.startsOn)) errors.startsOn = CLAIM_WINDOW_MESSAGES.dateInExistingWindow;
  if (within(input.endsOn)) errors.endsOn = CLAIM_WINDOW_MESSAGES.dateInExistingWindow;
  if (
    !errors.startsOn &&
    !errors.endsOn &&
    others.some((w) => input.startsOn <= isoOf(w.startsOn) && isoOf(w.endsOn) <= input.endsOn)
  ) {
    errors.startsOn = CLAIM_WINDOW_MESSAGES.windowContainsExisting;
  }
  return errors;
}

async function assertValid(db: DbOrTx, input: ClaimWindowValues, excludeId?: string) {
  const year = await db.academicYear.findUnique({ where: { id: input.academicYearId }, select: { id: true } });
  if (!year) throw new DomainError(CLAIM_WINDOW_MESSAGES.academicYearRequired, "academicYearId");
  const errors = await claimWindowOverlapErrors(db, input, excludeId);
  const [field, message] = Object.entries(errors)[0] ?? [];
  if (field && message) throw new DomainError(message, field);
}

/** The step's check before the check-your-answers page (same rules as saving). */
export async function validateClaimWindow(db: DbOrTx, input: ClaimWindowValues, excludeId?: string) {
  await assertValid(db, input, excludeId);
  return { valid: true as const };
}

/** PostgreSQL exclusion violation (SQLSTATE 23P01) of claim_windows_no_overlap, however the driver wraps it. */
export function isOverlapViolation(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; meta?: unknown; cause?: unknown; originalCode?: unknown };
    if (e.code === "23P01" || e.originalCode === "23P01") return true;
    if (typeof e.message === "string" && e.message.includes("claim_windows_no_overlap")) return true;
    if (e.meta && typeof e.meta === "object" && JSON.stringify(e.meta).includes("23P01")) return true;
    current = e.cause ?? (e.meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  }
  return false;
}

/**
 * Writes a window. The database refuses overlapping kept windows (exclusion constraint), which
 * closes the race between two support users' checks; that refusal becomes the same form error.
 */
export async function writeClaimWindow<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isOverlapViolation(error)) throw new DomainError(CLAIM_WINDOW_MESSAGES.windowContainsExisting, "startsOn");
    throw error;
  }
}

export async function createClaimWindow(db: DbOrTx, actor: SessionUser, input: ClaimWindowValues, requestId?: string) {
  await assertValid(db, input);
  const window = await writeClaimWindow(() =>
    db.claimWindow.create({
      data: {
        startsOn: dateOnly(input.startsOn),
        endsOn: dateOnly(input.endsOn),
        academicYearId: input.academicYearId,
      },
      select: { id: true },
    }),
  );
  await recordAudit(db, {
    actorId: actor.id,
    action: "claim_window.created",
    recordType: "ClaimWindow",
    recordId: window.id,
    changes: input,
    requestId,
  });
  return window;
}

async function changeableWindow(db: DbOrTx, id: string) {
  const window = await getClaimWindow(db, id);
  if (window.status === "past") throw new DomainError(CLAIM_WINDOW_MESSAGES.cannotChangePast);
  return window;
}

export async function updateClaimWindow(
  db: DbOrTx,
  actor: SessionUser,
  id: string,
  input: ClaimWindowValues,
  requestId?: string,
) {
  await changeableWindow(db, id);
  await assertValid(db, input, id);
  await writeClaimWindow(() =>
    db.claimWindow.update({
      where: { id },
      data: {
        startsOn: dateOnly(input.startsOn),
        endsOn: dateOnly(input.endsOn),
        academicYearId: input.academicYearId,
      },
    }),
  );
  await recordAudit(db, {
    actorId: actor.id,
    action: "claim_window.updated",
    recordType: "ClaimWindow",
    recordId: id,
    changes: input,
    requestId,
  });
  return { id };
}

/** Soft delete (discarded_at); only a window that has not closed. */
export async function removeClaimWindow(db: DbOrTx, actor: SessionUser, id: string, requestId?: string) {
  await changeableWindow(db, id);
  const { count } = await db.claimWindow.updateMany({
    where: { id, discardedAt: null },
    data: { discardedAt: dateOnly(todayIso()) },
  });
  if (count === 0) throw new NotFoundError("claim window");
  await recordAudit(db, {
    actorId: actor.id,
    action: "claim_window.removed",
    recordType: "ClaimWindow",
    recordId: id,
    requestId,
  });
  return { id };
}
