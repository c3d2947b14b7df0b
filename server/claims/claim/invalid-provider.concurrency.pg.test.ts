import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { invalidProviderWorld } from "./claim-test-setup.ts";
import { assignProvider } from "./invalid-provider.ts";
import { HoursNoLongerAvailableError } from "./claim-locks.ts";

/** Two invalid-provider claims racing for one mentor's hours with the same new provider (real PostgreSQL only). */
describe("invalid provider wizard under concurrency (PostgreSQL)", () => {
  const getDb = useTestDatabase();

  it("only one of two claims that together exceed the mentor's allowance is submitted", async () => {
    const db = await getDb();
    const w = await invalidProviderWorld(db);
    const hours = w.allowanceHours / 2 + 1;
    await db.mentorTraining.updateMany({
      where: { claimId: w.claim.id, mentorId: w.m1.id },
      data: { hoursCompleted: hours },
    });
    const second = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.oldProvider.id,
      claimWindowId: w.window.id,
      status: "invalid_provider",
      createdById: w.userA.id,
      trainings: [{ mentorId: w.m1.id, hours }],
    });
    const actor = await w.actor(w.userA.id);
    const results = await Promise.allSettled(
      [w.claim.id, second.id].map((claimId) =>
        assignProvider(db, actor, { schoolId: w.school.id, claimId, providerId: w.newProvider.id, version: 0 }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(rejected[0].reason).toBeInstanceOf(HoursNoLongerAvailableError);
    const used = await db.mentorTraining.aggregate({
      where: { mentorId: w.m1.id, providerId: w.newProvider.id },
      _sum: { hoursCompleted: true },
    });
    expect(used._sum.hoursCompleted).toBe(hours);
    expect(await db.claim.count({ where: { status: "submitted" } })).toBe(1);
    expect(await db.emailOutbox.count()).toBe(1);
  });
});
