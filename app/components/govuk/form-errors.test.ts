// @vitest-environment node
import { describe, expect, it } from "vitest";
import { errorSummaryItems, fieldError, hasErrors } from "./form-errors";

describe("form-errors", () => {
  const errors = { email: "Enter an email address", name: "Enter a name", startDate: "Enter a start date" };

  it("orders items by page order, then the rest", () => {
    expect(errorSummaryItems(errors, ["name", "missing", "email"])).toEqual([
      { text: "Enter a name", href: "#name" },
      { text: "Enter an email address", href: "#email" },
      { text: "Enter a start date", href: "#startDate" },
    ]);
  });

  it("uses insertion order without an order, and supports target ids", () => {
    expect(
      errorSummaryItems(errors, undefined, { targets: { startDate: "startDate-day" } }).map((i) => i.href),
    ).toEqual(["#email", "#name", "#startDate-day"]);
  });

  it("handles empty input", () => {
    expect(errorSummaryItems(undefined)).toEqual([]);
    expect(errorSummaryItems({ a: "" })).toEqual([]);
    expect(hasErrors({})).toBe(false);
    expect(hasErrors(errors)).toBe(true);
  });

  it("fieldError returns the message or undefined", () => {
    expect(fieldError(errors, "email")).toBe("Enter an email address");
    expect(fieldError(errors, "other")).toBeUndefined();
    expect(fieldError(null, "email")).toBeUndefined();
  });
});
