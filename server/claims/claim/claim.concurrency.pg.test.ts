import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createClaimRow } from "#tests/factories/index.ts";
import { claimsWorld } from "./claim-test-setup.ts";
import { HoursNoLongerAvailableError } from "./claim-locks.ts";
import { createClaim } from "./create-claim.ts";
import { submitClaim } from "./submit-claim.ts";

/**
 * Races against a real PostgreSQL server (several connections). PGlite has one connection, so these would
 * prove nothing there. A `*.pg.test.ts` suite: `npm run test:postgres` runs it (and CI).
 */
describe("claim submission under concurrency (PostgreSQL)", () => {
  const getDb = useTestDatabase();

  it("20 parallel identical submits make one claim and one e-mail, and all return that claim", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const actor = await w.actor(w.userA.id);
    const key = randomUUID();
    const input = {
      schoolId: w.school.id,
      providerId: w.provider.id,
      mentors: [{ mentorId: w.m1.id, hours: 5 }],
      idempotencyKey: key,
    };
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => createClaim(db, actor, input)));
    const failures = results.filter((r) => r.status === "rejected");
    expect(failures).toEqual([]);
    const ok = results.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof createClaim>>>).value);
    expect(new Set(ok.map((r) => r.claimId))).toEqual(new Set([key]));
    expect(new Set(ok.map((r) => r.reference)).size).toBe(1);
    expect(ok.filter((r) => !r.alreadyExisted)).toHaveLength(1);
    expect(await db.claim.count()).toBe(1);
    expect(await db.mentorTraining.count()).toBe(1);
    expect(await db.emailOutbox.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "claim.submitted" } })).toBe(1);
  });

  it("two claims racing for the same mentor's last hours: the cap holds", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    // the mentor has 4 hours left
    await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      trainings: [{ mentorId: w.m1.id, hours: w.allowanceHours - 4 }],
    });
    const [a, a2] = [await w.actor(w.userA.id), await w.actor(w.userA2.id)];
    const attempt = (actor: typeof a) =>
      createClaim(db, actor, {
        schoolId: w.school.id,
        providerId: w.provider.id,
        mentors: [{ mentorId: w.m1.id, hours: 4 }],
        idempotencyKey: randomUUID(),
      });
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled([attempt(a), attempt(a2), attempt(a), attempt(a2)]);
      const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
      for (const r of rejected) expect(r.reason).toBeInstanceOf(HoursNoLongerAvailableError);
      expect(results.filter((r) => r.status === "fulfilled").length).toBe(round === 0 ? 1 : 0);
    }
    const used = await db.mentorTraining.aggregate({
      where: { mentorId: w.m1.id, providerId: w.provider.id },
      _sum: { hoursCompleted: true },
    });
    expect(used._sum.hoursCompleted).toBe(w.allowanceHours);
  });

  it("two drafts together over the cap, submitted at once: neither is submitted (drafts count), the cap holds", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const half = w.allowanceHours / 2 + 1;
    const d1 = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [{ mentorId: w.m1.id, hours: half }],
    });
    const d2 = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [{ mentorId: w.m1.id, hours: half }],
    });
    const actor = await w.actor(w.userA.id);
    // drafts both count, so neither fits while the other exists: both are refused, the cap holds
    const results = await Promise.allSettled([
      submitClaim(db, actor, { schoolId: w.school.id, claimId: d1.id, version: 0 }),
      submitClaim(db, actor, { schoolId: w.school.id, claimId: d2.id, version: 0 }),
    ]);
    expect(results.every((r) => r.status === "rejected" && r.reason instanceof HoursNoLongerAvailableError)).toBe(true);
    expect(await db.claim.count({ where: { status: "submitted" } })).toBe(0);
  });

  it("20 parallel submits of one draft: submitted once, one e-mail, every call answers with the claim", async () => {
    const db = await getDb();
    const w = await claimsWorld(db);
    const draft = await createClaimRow(db, {
      schoolId: w.school.id,
      providerId: w.provider.id,
      claimWindowId: w.window.id,
      status: "draft",
      trainings: [{ mentorId: w.m1.id, hours: 3 }],
    });
    const actor = await w.actor(w.userA.id);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        submitClaim(db, actor, { schoolId: w.school.id, claimId: draft.id, version: 0 }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const values = results.map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof submitClaim>>>).value);
    expect(values.filter((v) => !v.alreadySubmitted)).toHaveLength(1);
    const row = await db.claim.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "submitted", version: 1 });
    expect(await db.emailOutbox.count()).toBe(1);
  });
});
