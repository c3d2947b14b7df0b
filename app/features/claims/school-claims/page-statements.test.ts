import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { pageViewStatements } from "#tests/helpers/page-statements.ts";
import { claimsWorld } from "#server/claims/claim/claim-test-setup.ts";
import { loader as rootLoader } from "~/root";
import { loader as schoolLayoutLoader } from "~/routes/claims.schools.$schoolId";
import { claimLoader, claimsListLoader } from "./claims.server";

describe("SQL statements per page view (at most 6; these pages need 2)", () => {
  const getDb = useTestDatabase();

  async function signedInSchoolUser() {
    const db = await getDb();
    const world = await claimsWorld(db);
    const row = (status: "draft" | "submitted" | "paid" | "sampling_in_progress") =>
      createClaimRow(db, {
        schoolId: world.school.id,
        providerId: world.provider.id,
        claimWindowId: world.window.id,
        status,
        trainings: [
          { mentorId: world.m1.id, hours: 10 },
          { mentorId: world.m2.id, hours: 6 },
        ],
      });
    for (const status of ["draft", "submitted", "paid", "sampling_in_progress"] as const) await row(status);
    const claim = await row("submitted");
    await db.school.update({ where: { id: world.school.id }, data: { claimsGrantConditionsAcceptedAt: new Date() } });
    const token = await createSession(db, { userId: world.userA.id, service: "claims" });
    return { world, claim, token };
  }

  it("the school claims list", async () => {
    const { world, token } = await signedInSchoolUser();
    const statements = await pageViewStatements({
      service: "claims",
      path: `/claims/schools/${world.school.id}/claims`,
      params: { schoolId: world.school.id },
      loaders: [rootLoader, schoolLayoutLoader, claimsListLoader],
      token,
    });
    // the session with the user and the member's school (guard, layout and page take it from there), then one statement
    // for the claim windows with the school's eligibility and the claims of the year listed
    expect(statements).toBe(2);
  });

  it("a claim page", async () => {
    const { world, claim, token } = await signedInSchoolUser();
    const statements = await pageViewStatements({
      service: "claims",
      path: `/claims/schools/${world.school.id}/claims/${claim.id}`,
      params: { schoolId: world.school.id, claimId: claim.id },
      loaders: [rootLoader, schoolLayoutLoader, claimLoader],
      token,
    });
    // the session with the user and the member's school, then the claim with its provider, mentors and claim window
    expect(statements).toBe(2);
  });
});
