import type { LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { createSession } from "#server/auth/session.ts";
import { countStatements } from "#server/db-statements.ts";
import { createUser } from "#tests/factories/index.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { claimsWorld } from "#server/claims/claim/claim-test-setup.ts";
import { loader as rootLoader } from "~/root";
import { consoleLayoutLoader } from "~/features/support/console.server";
import { reminderLoader } from "../support-reminders/reminders.server";
import { supportClaimsLoader } from "../support-claims/support-claims.server";
import { manuallyOnboardedSchoolsLoader } from "./manually-onboarded-schools.server";

type Loader = (args: LoaderFunctionArgs) => Promise<unknown>;

/** SQL round trips of support console pages: root, console layout and page loaders of one request, together. */
async function pageViewStatements(path: string, params: Record<string, string>, loader: Loader, token: string) {
  const request = new Request(`http://localhost${path}`, { headers: { Cookie: `claims-session=${token}` } });
  const context = { cspNonce: "n", requestId: "test", clientIp: "127.0.0.1" };
  const { result, statements } = await countStatements(() =>
    Promise.all([rootLoader, consoleLayoutLoader, loader].map((l) => l({ request, params, context }))),
  );
  for (const response of result) expect((response as Response).status).toBe(200);
  return statements;
}

describe("SQL statements per support page view (at most 6)", () => {
  const getDb = useTestDatabase();

  async function signedInSupportUser() {
    const db = await getDb();
    const world = await claimsWorld(db);
    await db.school.update({
      where: { id: world.school.id },
      data: { manuallyOnboardedByType: "Claims::SupportUser" },
    });
    const colin = await createUser(db, { kind: "support" });
    return createSession(db, { userId: colin.id, service: "claims" });
  }

  it("manually onboarded schools", async () => {
    const token = await signedInSupportUser();
    const statements = await pageViewStatements(
      "/claims/support/schools/manually-onboarded",
      {},
      manuallyOnboardedSchoolsLoader,
      token,
    );
    expect(statements).toBeGreaterThan(2);
    expect(statements).toBeLessThanOrEqual(6);
  });

  it.each(["schools-not-submitted", "providers-not-submitted"])("the %s reminder preview", async (kind) => {
    const token = await signedInSupportUser();
    const statements = await pageViewStatements(`/claims/support/reminders/${kind}`, { kind }, reminderLoader, token);
    expect(statements).toBeGreaterThan(2);
    expect(statements).toBeLessThanOrEqual(6);
  });

  it("All claims", async () => {
    const token = await signedInSupportUser();
    // session with user, the session's remembered filters, then one statement for the filter options, the page of
    // claims and their total
    expect(await pageViewStatements("/claims/support/claims", {}, supportClaimsLoader, token)).toBe(3);
  });
});
