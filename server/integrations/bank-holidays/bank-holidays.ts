/**
 * England and Wales bank holidays from the GOV.UK JSON (https://www.gov.uk/bank-holidays.json):
 * `{"england-and-wales": {"division": "england-and-wales", "events": [{"title", "date": "YYYY-MM-DD", "notes", "bunting"}]}, …}`.
 * Claims e-mails queued on a bank holiday are held to 09:00 (London) on the next working day.
 */
import { readFile } from "node:fs/promises";
import type { DbOrTx } from "../../db.ts";
import { addDays, londonDate, londonTime } from "../../shared/time/uk-time.ts";

export type BankHolidayEvent = { title: string; date: string };

export function parseBankHolidays(json: unknown): BankHolidayEvent[] {
  const division = (json as Record<string, { events?: unknown }> | null)?.["england-and-wales"];
  if (!division || !Array.isArray(division.events))
    throw new Error('Not the GOV.UK bank-holidays format: no "england-and-wales" events');
  return division.events.map((e: { title?: unknown; date?: unknown }, i: number) => {
    if (typeof e.title !== "string" || typeof e.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(e.date)) {
      throw new Error(`Event ${i + 1} needs a title and a date (YYYY-MM-DD)`);
    }
    return { title: e.title, date: e.date };
  });
}

export async function loadBankHolidaysJson(source: string, timeoutMs = 30_000): Promise<unknown> {
  if (/^https?:\/\//i.test(source)) {
    const response = await fetch(source, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: "application/json" },
    });
    if (!response.ok) throw new Error(`Could not download ${source}: HTTP ${response.status}`);
    return response.json();
  }
  return JSON.parse(await readFile(source, "utf8"));
}

/** Upserts the events by date; returns how many were created, updated, unchanged. */
export async function importBankHolidays(db: DbOrTx, events: BankHolidayEvent[]) {
  const existing = new Map((await db.bankHoliday.findMany()).map((b) => [b.date.toISOString().slice(0, 10), b]));
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  for (const e of events) {
    const current = existing.get(e.date);
    if (!current) {
      await db.bankHoliday.create({ data: { title: e.title, date: new Date(`${e.date}T00:00:00Z`) } });
      created++;
    } else if (current.title !== e.title) {
      await db.bankHoliday.update({ where: { id: current.id }, data: { title: e.title } });
      updated++;
    } else unchanged++;
  }
  return { created, updated, unchanged };
}

/** 09:00 London on the first day after `day` that is neither a weekend nor a bank holiday. */
export function nextWorkingDayStart(day: string, bankHolidays: Set<string>): Date {
  let d = addDays(day, 1);
  for (;;) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !bankHolidays.has(d)) return londonTime(d, 9);
    d = addDays(d, 1);
  }
}

/**
 * When a claims e-mail created at `createdAt` must wait for: null on a working day, else the next working day's start.
 * Other engineers may call this from queueEmail; the outbox worker applies it to rows that arrive without it.
 */
export async function claimsHoldUntil(db: DbOrTx, createdAt: Date): Promise<Date | null> {
  const day = londonDate(createdAt);
  const holidays = await db.bankHoliday.findMany({
    where: { date: { gte: new Date(`${day}T00:00:00Z`) } },
    select: { date: true },
  });
  const set = new Set(holidays.map((h) => h.date.toISOString().slice(0, 10)));
  return set.has(day) ? nextWorkingDayStart(day, set) : null;
}
