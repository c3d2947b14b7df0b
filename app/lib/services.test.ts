import { describe, expect, it } from "vitest";
import { landingPath, pageTitle, serviceFromPath } from "./services";

describe("pageTitle", () => {
  it("follows Page – Service – GOV.UK", () => {
    expect(pageTitle("Add mentor", "claims")).toBe("Add mentor – Claim funding for mentor training – GOV.UK");
  });
  it("prefixes Error: when the page shows errors", () => {
    expect(pageTitle("Add mentor", "placements", true)).toBe("Error: Add mentor – Manage school placements – GOV.UK");
  });
  it("does not repeat the service name on its start page", () => {
    expect(pageTitle("Claim funding for mentor training", "claims")).toBe("Claim funding for mentor training – GOV.UK");
  });
  it("leaves out the service outside both services", () => {
    expect(pageTitle("ITT Mentor Services", null)).toBe("ITT Mentor Services – GOV.UK");
  });
});

describe("serviceFromPath", () => {
  it.each([
    ["/claims", "claims"],
    ["/claims/schools/1", "claims"],
    ["/placements/x", "placements"],
    ["/claimsfoo", null],
    ["/", null],
  ])("%s → %s", (path, service) => {
    expect(serviceFromPath(path)).toBe(service);
  });
});

describe("landingPath", () => {
  const school = { id: "s1", kind: "school" as const };
  const provider = { id: "p1", kind: "provider" as const };
  it("sends support users to their console", () => {
    expect(landingPath("claims", true, [school])).toBe("/claims/support/schools");
    expect(landingPath("placements", true, [])).toBe("/placements/support/organisations");
  });
  it("sends a member of one organisation to its home page", () => {
    expect(landingPath("claims", false, [school])).toBe("/claims/schools/s1/claims");
    expect(landingPath("placements", false, [provider])).toBe("/placements/providers/p1/find");
    // the school's landing route decides between the hosting-interest journey and the placements list
    expect(landingPath("placements", false, [school])).toBe("/placements/schools/s1");
  });
  it("sends a member of several organisations to the picker", () => {
    expect(landingPath("claims", false, [school, { id: "s2", kind: "school" }])).toBe("/claims/schools");
    expect(landingPath("placements", false, [school, provider])).toBe("/placements/organisations");
  });
});
