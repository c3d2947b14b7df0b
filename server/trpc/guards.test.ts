import { describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";

/**
 * Every procedure must be built from one of the guarded bases in init.ts (signed in, in its
 * service, member of the organisation or support). A procedure without a guard, or a public
 * one that is not on this list, fails the build.
 */
const PUBLIC_PROCEDURES: string[] = [
  // One-time download links: the token in the e-mail is the credential (server/shared/download-link).
  "claims.paymentLink.check",
  "claims.paymentLink.download",
  "claims.clawbackLink.check",
  "claims.clawbackLink.download",
  "claims.samplingDownload.check",
  "claims.samplingDownload.download",
];
const GUARDS = new Set([
  "claimsUser",
  "claimsSchool",
  "claimsSupport",
  "claimsProvider",
  "placementsUser",
  "placementsSchool",
  "placementsProvider",
  "placementsSupport",
  "public",
]);

type ProcedureLike = { _def: { meta?: { guard?: string } } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, ProcedureLike>);

describe("authorization guards", () => {
  it("finds the procedures", () => {
    expect(procedures.length).toBeGreaterThan(0);
  });

  it.each(procedures)("%s has a guard", (path, procedure) => {
    const guard = procedure._def.meta?.guard;
    expect(guard, `${path} has no guard`).toBeDefined();
    expect(GUARDS.has(guard!)).toBe(true);
    if (guard === "public") expect(PUBLIC_PROCEDURES).toContain(path);
  });

  it.each(procedures)("%s lives in the namespace of its guard", (path, procedure) => {
    const guard = procedure._def.meta?.guard ?? "";
    const namespace = path.split(".")[0];
    if (guard !== "public") expect(guard.startsWith(namespace)).toBe(true);
  });
});
