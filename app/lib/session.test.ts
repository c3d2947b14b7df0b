import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./session.server";

describe("safeReturnTo", () => {
  it.each([
    ["/claims/schools/1/claims", "/claims/schools/1/claims"],
    ["/claims?x=1", "/claims?x=1"],
    ["https://evil.example/", "/fallback"],
    ["//evil.example/", "/fallback"],
    ["/\\evil.example", "/fallback"],
    ["", "/fallback"],
    [null, "/fallback"],
  ])("%s → %s", (value, expected) => {
    expect(safeReturnTo(value, "/fallback")).toBe(expected);
  });
});
