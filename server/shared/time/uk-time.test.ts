import { describe, expect, it } from "vitest";
import { addDays, daysUntil, isoWeek, londonDate, londonTime, londonToday } from "./uk-time.ts";

describe("UK dates and times", () => {
  it("takes today's date from the UK clock, which runs an hour ahead of UTC in summer", () => {
    expect(londonDate(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(londonToday(new Date("2026-06-30T23:30:00Z")).toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(londonDate(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-01");
  });

  it("changes the date at UK midnight, asked second by second across it", () => {
    const day = (iso: string) => londonDate(new Date(iso));
    expect([day("2026-06-30T22:59:59Z"), day("2026-06-30T23:00:00Z"), day("2026-06-30T23:59:59Z")]).toEqual([
      "2026-06-30",
      "2026-07-01",
      "2026-07-01",
    ]);
    expect([day("2026-12-01T23:59:59Z"), day("2026-12-02T00:00:00Z"), day("2026-12-01T23:00:00Z")]).toEqual([
      "2026-12-01",
      "2026-12-02",
      "2026-12-01",
    ]);
  });

  it("gives the instant of a UK clock time in BST and in GMT", () => {
    expect(londonTime("2026-07-31", 23, 59).toISOString()).toBe("2026-07-31T22:59:00.000Z");
    expect(londonTime("2026-12-31", 23, 59).toISOString()).toBe("2026-12-31T23:59:00.000Z");
    expect(londonTime("2027-01-04", 9).toISOString()).toBe("2027-01-04T09:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // 29 March 2026: clocks go forward at 01:00 GMT; 09:00 that day is BST.
    expect(londonTime("2026-03-29", 9).toISOString()).toBe("2026-03-29T08:00:00.000Z");
    // 25 October 2026: clocks go back at 02:00 BST; 23:59 that day is GMT.
    expect(londonTime("2026-10-25", 23, 59).toISOString()).toBe("2026-10-25T23:59:00.000Z");
  });

  it("counts whole UK calendar days to a date", () => {
    const endsOn = new Date("2026-07-31T00:00:00Z");
    expect(daysUntil(endsOn, new Date("2026-07-31T12:00:00Z"))).toBe(0);
    // 00:30 BST on 31 July is still 30 July in UTC: already the last day in the UK.
    expect(daysUntil(endsOn, new Date("2026-07-30T23:30:00Z"))).toBe(0);
    expect(daysUntil(endsOn, new Date("2026-07-01T08:00:00Z"))).toBe(30);
    expect(daysUntil(endsOn, new Date("2026-08-01T08:00:00Z"))).toBe(-1);
  });

  it("adds days to a date across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });

  it("names the ISO week of a day (Monday to Sunday; the week of the first Thursday is week 1)", () => {
    expect(isoWeek("2026-11-30")).toBe("2026-W49"); // Monday
    expect(isoWeek("2026-12-06")).toBe("2026-W49"); // Sunday of the same week
    expect(isoWeek("2026-12-07")).toBe("2026-W50");
    // Week 53 and weeks that straddle the new year.
    expect(isoWeek("2026-12-31")).toBe("2026-W53");
    expect(isoWeek("2027-01-03")).toBe("2026-W53");
    expect(isoWeek("2027-01-04")).toBe("2027-W01");
    expect(isoWeek("2024-12-30")).toBe("2025-W01");
  });
});
