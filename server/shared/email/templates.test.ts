import { describe, expect, it } from "vitest";
import { claimsClaimSubmitted, EMAIL_TEMPLATES, emailLink, emailPreviews, subjectForEnvironment } from "./templates.ts";

describe("e-mail templates", () => {
  it("renders every registered template with a subject, a body and a unique key in its service", () => {
    const keys = EMAIL_TEMPLATES.map((t) => t.templateKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of EMAIL_TEMPLATES) {
      const e = t.preview();
      expect(e.templateKey.startsWith(`${t.service}.`)).toBe(true);
      expect(e.subject.length).toBeGreaterThan(5);
      expect(e.body).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(emailPreviews("claims").map((e) => e.subject)).toContain("Claim submitted for mentor training funding");
    expect(emailPreviews("placements").every((e) => e.templateKey.startsWith("placements."))).toBe(true);
  });

  it("formats money and tracks links", () => {
    const e = claimsClaimSubmitted({ firstName: "A", reference: "1", amountPence: 123456, mentorCount: 1, providerName: "P", claimUrl: "https://x.test/c?a=1" });
    expect(e.body).toContain("£1,234.56");
    expect(e.body).toContain("https://x.test/c?a=1&utm_source=email&utm_medium=notification");
    expect(emailLink("https://x.test/")).toBe("https://x.test/?utm_source=email&utm_medium=notification");
  });

  it("prefixes subjects outside production", () => {
    expect(subjectForEnvironment("Hi", { production: false, environmentName: "Staging" })).toBe("[Staging] Hi");
    expect(subjectForEnvironment("Hi", { production: true, environmentName: "Production" })).toBe("Hi");
  });
});
