import { afterEach, describe, expect, it, vi } from "vitest";
import { dateInput } from "./date-input.ts";

const dateOfBirth = dateInput({ required: "Enter a date of birth", label: "Date of birth", mustBe: "past" });

describe("GOV.UK date input: 'must be in the past' uses the UK date", () => {
  afterEach(() => vi.useRealTimers());

  it("at 00:30 BST on 16 June (23:30 UTC on 15 June), 15 June is in the past and 16 June is not", () => {
    vi.useFakeTimers({ now: new Date("2026-06-15T23:30:00Z") });
    expect(dateOfBirth.safeParse({ day: "15", month: "6", year: "2026" })).toEqual({
      success: true,
      data: "2026-06-15",
    });
    const today = dateOfBirth.safeParse({ day: "16", month: "6", year: "2026" });
    expect(today.success).toBe(false);
    expect(today.error?.issues[0]?.message).toBe("Date of birth must be in the past");
  });
});
