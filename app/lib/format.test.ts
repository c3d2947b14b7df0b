import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatPence } from "./format";

describe("formats", () => {
  it("shows money with pounds, commas and pence", () => {
    expect(formatPence(107200)).toBe("£1,072.00");
    expect(formatPence(5360)).toBe("£53.60");
    expect(formatPence(0)).toBe("£0.00");
  });
  it("shows dates the GOV.UK way", () => {
    expect(formatDate(new Date(Date.UTC(2025, 8, 1)))).toBe("1 September 2025");
    expect(formatDate("2026-01-31T00:00:00.000Z")).toBe("31 January 2026");
  });
  it("shows an instant on its UK date and time, in summer and in winter", () => {
    // 00:30 BST on 2 June is still 1 June in UTC.
    expect(formatDate(new Date("2026-06-01T23:30:00Z"))).toBe("2 June 2026");
    expect(formatDate(new Date("2026-12-01T23:30:00Z"))).toBe("1 December 2026");
    expect(formatDateTime("2026-06-01T23:30:00Z")).toBe("2 June 2026 at 0:30");
    expect(formatDateTime("2026-12-04T09:05:00Z")).toBe("4 December 2026 at 9:05");
  });
});
