import { describe, expect, it } from "vitest";
import { formatDate, formatPence } from "./format";

describe("formats", () => {
  it("shows money with pounds, commas and pence", () => {
    expect(formatPence(107200)).toBe("£1,072.00");
    expect(formatPence(5360)).toBe("£53.60");
    expect(formatPence(0)).toBe("£0.00");
  });
  it("shows dates the GOV.UK way", () => {
    expect(formatDate(new Date(Date.UTC(2025, 8, 1)))).toBe("1 September 2025");
  });
});
