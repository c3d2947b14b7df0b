import { beforeEach, describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { resetEnvCache } from "#server/env.ts";
import { createUser } from "#tests/factories/index.ts";
import { clawbackWorld } from "./clawbacks-test-setup.ts";

/**
 * Races against a real PostgreSQL server (several connections). PGlite has one connection, so these would prove
 * nothing there. A `*.pg.test.ts` suite: `npm run test:postgres` runs it (and CI).
 */
describe("clawbacks under concurrency (PostgreSQL)", () => {
  const getDb = useTestDatabase();

  beforeEach(() => {
    process.env.PAYER_EMAIL_ADDRESSES = "payer@example.com";
    resetEnvCache();
  });

  it("two support users answering the same approval at once (one Yes, one No): exactly one outcome", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db);
    await w.first.claims.support.clawbacks.request({
      claimId: w.claim.id,
      mentors: [
        { mentorTrainingId: w.alice.id, hoursWorked: 2, reason: "Two sessions" },
        { mentorTrainingId: w.bob.id, hoursWorked: 1, reason: "One session" },
      ],
    });
    const third = await w.caller((await createUser(db, { kind: "support" })).id);
    const yes = () =>
      w.second.claims.support.clawbacks.approve({
        claimId: w.claim.id,
        decisions: [
          { mentorTrainingId: w.alice.id, approved: true },
          { mentorTrainingId: w.bob.id, approved: true },
        ],
      });
    const no = () =>
      third.claims.support.clawbacks.approve({
        claimId: w.claim.id,
        decisions: [
          { mentorTrainingId: w.alice.id, approved: false, reason: "Not convinced" },
          { mentorTrainingId: w.bob.id, approved: true },
        ],
      });
    const results = await Promise.allSettled([yes(), no(), yes(), no()]);
    const fulfilled = results.filter((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ status: string }>[];
    expect(fulfilled.length).toBe(1);
    for (const r of results.filter((r) => r.status === "rejected") as PromiseRejectedResult[]) {
      expect(String(r.reason.message)).toContain("has been changed by someone else");
    }
    const claim = await db.claim.findUniqueOrThrow({ where: { id: w.claim.id }, include: { mentorTrainings: true } });
    expect(claim.status).toBe(fulfilled[0].value.status);
    const rejectedReasons = claim.mentorTrainings.map((t) => t.reasonClawbackRejected).filter(Boolean);
    if (claim.status === "clawback_requested") {
      expect(claim.clawbackApprovedById).toBe(w.support2.id);
      expect(rejectedReasons).toEqual([]);
    } else {
      expect(claim.status).toBe("clawback_rejected");
      expect(claim.clawbackApprovedById).toBeNull();
      expect(rejectedReasons).toEqual(["Not convinced"]);
    }
    expect(
      await db.claimActivity.count({ where: { action: { in: ["clawback_approved", "clawback_rejected"] } } }),
    ).toBe(1);
  });

  it("two support users sending claims to the payer at once make one clawback batch", async () => {
    const db = await getDb();
    const w = await clawbackWorld(db, "clawback_requested");
    const results = await Promise.allSettled([
      w.first.claims.support.clawbacks.send(),
      w.second.claims.support.clawbacks.send(),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(failed.reason.message)).toContain("There are no claims ready for clawback");
    expect(await db.clawback.count()).toBe(1);
    expect(await db.clawbackClaim.count()).toBe(1);
    expect(await db.emailOutbox.count()).toBe(1);
  });
});
