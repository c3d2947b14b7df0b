import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { countStatements } from "#server/db-statements.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "#server/claims/claim/claim-test-setup.ts";
import { loader as rootLoader } from "~/root";
import { loader as schoolLayoutLoader } from "~/routes/claims.schools.$schoolId";
import { claimLoader, claimsListLoader } from "./claims.server";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

/**
 * SQL round trips per page view: Remix runs the loaders of every matched route (root, school layout, page) for one
 * request at once, so they are run together here, as one signed-in school user's request, and counted.
 */
async function pageViewStatements(path: string, params: Record<string, string>, loaders: Loader[], token: string) {
  const request = new Request(`http://localhost${path}`, { headers: { Cookie: `claims-session=${token}` } });
  const context = { cspNonce: "n", requestId: "test", clientIp: "127.0.0.1" };
  const { result, statements } = await countStatements(() =>
    Promise.all(loaders.map((loader) => loader({ request, params, context }))),
  );
  for (const response of result) expect((response as Response).status).toBe(200);
  return statements;
}

describe("SQL statements per page view (at most 6)", () => {
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
    const statements = await pageViewStatements(
      `/claims/schools/${world.school.id}/claims`,
      { schoolId: world.school.id },
      [rootLoader, schoolLayoutLoader, claimsListLoader],
      token,
    );
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(6);
  });

  it("a claim page", async () => {
    const { world, claim, token } = await signedInSchoolUser();
    const statements = await pageViewStatements(
      `/claims/schools/${world.school.id}/claims/${claim.id}`,
      { schoolId: world.school.id, claimId: claim.id },
      [rootLoader, schoolLayoutLoader, claimLoader],
      token,
    );
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(6);
  });
});
