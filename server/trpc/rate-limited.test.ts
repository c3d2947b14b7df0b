import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env.ts";
import { claimsWorld } from "../claims/claim/claim-test-setup.ts";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { createUser, sessionUserFor } from "#tests/factories/index.ts";
import { createInnerContext } from "./context.ts";
import { createCallerFactory, procedures, router } from "./init.ts";
import { rateLimitedPerUser } from "./rate-limited.ts";

const getDb = useTestDatabase();

describe("per-user rate limit on a procedure", () => {
  it("allows the budget per user, then TOO_MANY_REQUESTS without running the procedure", async () => {
    const db = await getDb();
    let runs = 0;
    const testRouter = router({
      submit: procedures.claimsUser
        .use(rateLimitedPerUser(() => ({ keyPrefix: "test-submit", points: 2, durationSeconds: 60 })))
        .mutation(() => ++runs),
    });
    const callerFor = async (userId: string) =>
      createCallerFactory(testRouter)(
        await createInnerContext({ db, user: await sessionUserFor(db, userId), service: "claims" }),
      );
    const anne = await callerFor((await createUser(db)).id);
    const mary = await callerFor((await createUser(db)).id);

    expect(await anne.submit()).toBe(1);
    expect(await anne.submit()).toBe(2);
    const refused = await anne.submit().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("TOO_MANY_REQUESTS");
    expect(runs).toBe(2);
    // Another user has a budget of their own.
    expect(await mary.submit()).toBe(3);
  });
});

describe("claim writes are rate limited per user", () => {
  afterEach(() => {
    delete process.env.RATE_LIMIT_SUBMIT_POINTS;
    resetEnvCache();
  });

  it("after RATE_LIMIT_SUBMIT_POINTS attempts to submit, the next is TOO_MANY_REQUESTS", async () => {
    process.env.RATE_LIMIT_SUBMIT_POINTS = "2";
    resetEnvCache();
    const db = await getDb();
    const w = await claimsWorld(db);
    const api = await w.caller(w.userA.id);
    const attempt = () =>
      api.claims.claim
        .submit({ schoolId: w.school.id, claimId: "00000000-0000-4000-8000-000000000000", version: 0 })
        .catch((e: TRPCError) => e.code);
    expect(await attempt()).toBe("NOT_FOUND");
    expect(await attempt()).toBe("NOT_FOUND");
    expect(await attempt()).toBe("TOO_MANY_REQUESTS");
  });
});
