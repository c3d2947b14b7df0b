/**
 * Calendar dates and clock times in England (Europe/London: GMT in winter, BST in summer).
 * Claim windows, deadlines and working days are UK dates; the server clock is UTC, so between
 * 00:00 and 01:00 BST "today" in the UK is already tomorrow in UTC.
 */

import { boundedMemo } from "../../../app/lib/bounded-memo.ts";

const DAY_MS = 86_400_000;

const dateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "YYYY-MM-DD" of an instant in Europe/London. */
export function londonDate(instant: Date): string {
  return londonDateOfHour(Math.floor(instant.getTime() / 3_600_000));
}
// Answers by UTC hour: every instant of one UTC hour has the same London date (London is UTC+0 or UTC+1 and changes
// over on the hour), and a request asks for today's date, and the dates of the same few windows, several times.
const londonDateOfHour = boundedMemo((hour: number) => dateFormat.format(hour * 3_600_000));

/** Today's UK date as the UTC midnight Date that @db.Date columns hold (for comparisons in queries). */
export function londonToday(now = new Date()): Date {
  return new Date(`${londonDate(now)}T00:00:00Z`);
}

/** The instant of HH:MM London time on a "YYYY-MM-DD" day (GMT or BST). */
export function londonTime(day: string, hour: number, minute = 0): Date {
  const wanted = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  const utcGuess = Date.parse(`${day}T${wanted}:00Z`);
  // London is UTC+0 or UTC+1: try BST first, then GMT.
  for (const offsetHours of [1, 0]) {
    const candidate = new Date(utcGuess - offsetHours * 3_600_000);
    if (londonDate(candidate) === day && timeFormat.format(candidate) === wanted) return candidate;
  }
  return new Date(utcGuess);
}

/** "YYYY-MM-DD" n days after a "YYYY-MM-DD" day. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole UK calendar days from today until `day` (a @db.Date), 0 on the day itself. */
export function daysUntil(day: Date, now = new Date()): number {
  return Math.round((day.getTime() - londonToday(now).getTime()) / DAY_MS);
}

/** ISO 8601 week of a "YYYY-MM-DD" day, e.g. "2026-W49" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides the ISO year.
  const thursday = new Date(date.getTime() + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
