import { describe, expect, it } from "vitest";
import { invitationEmail, removalEmail, supportInvitationEmail, supportRemovalEmail } from "../user/emails.ts";
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

  it("the user e-mails of both services come from the registry, so the support console previews them", () => {
    const registered = new Set(EMAIL_TEMPLATES.map((t) => t.templateKey));
    const sent = (["claims", "placements"] as const).flatMap((service) => [
      invitationEmail(service, "School", "Anne", "Hogwarts School"),
      invitationEmail(service, "Provider", "Pat", "Best Practice Network"),
      removalEmail(service, "Anne", "Hogwarts School"),
      supportInvitationEmail(service, "Colin"),
      supportRemovalEmail(service, "Colin"),
    ]);
    for (const e of sent) expect(registered, e.templateKey).toContain(e.templateKey);
    expect(invitationEmail("placements", "School", "Anne", "Hogwarts School").subject).toBe(
      "ACTION NEEDED: Sign-in to the Manage school placements service",
    );
    expect(invitationEmail("claims", "School", "Anne", "Hogwarts School").body).toContain(
      "/claims/sign-in?utm_source=email&utm_medium=notification",
    );
  });

  it("formats money and tracks links", () => {
    const e = claimsClaimSubmitted({
      firstName: "A",
      reference: "1",
      amountPence: 123456,
      mentorCount: 1,
      providerName: "P",
      claimUrl: "https://x.test/c?a=1",
    });
    expect(e.body).toContain("£1,234.56");
    expect(e.body).toContain("https://x.test/c?a=1&utm_source=email&utm_medium=notification");
    expect(emailLink("https://x.test/")).toBe("https://x.test/?utm_source=email&utm_medium=notification");
  });

  it("prefixes subjects outside production", () => {
    expect(subjectForEnvironment("Hi", { production: false, environmentName: "Staging" })).toBe("[Staging] Hi");
    expect(subjectForEnvironment("Hi", { production: true, environmentName: "Production" })).toBe("Hi");
  });
});
