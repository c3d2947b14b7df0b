import { describe, expect, it } from "vitest";
import { useTestDatabase } from "#tests/helpers/db.ts";
import { countStatements } from "../db-statements.ts";
import { createRateLimiter } from "./rate-limit.ts";

const getDb = useTestDatabase();

describe("database-backed rate limiter", () => {
  it("allows the budget, then refuses with a retry time", async () => {
    const limiter = createRateLimiter(await getDb(), { keyPrefix: "t1", points: 3, durationSeconds: 60 });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.consume("203.0.113.1"));
    expect(results.slice(0, 3).map((r) => r.allowed)).toEqual([true, true, true]);
    expect(results[3]).toMatchObject({ allowed: false });
    const denied = results[3] as { retryAfterSeconds: number };
    expect(denied.retryAfterSeconds).toBeGreaterThan(0);
    expect(denied.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("stores the counter in rate_limits, keyed by prefix and client", async () => {
    const db = await getDb();
    const limiter = createRateLimiter(db, { keyPrefix: "t2", points: 5, durationSeconds: 60 });
    await limiter.consume("203.0.113.2");
    await limiter.consume("203.0.113.2");
    const row = await db.rateLimit.findUnique({ where: { key: "t2:203.0.113.2" } });
    expect(row?.points).toBe(2);
    expect(row?.expire?.getTime()).toBeGreaterThan(Date.now());
  });

  it("shares the counter between instances (two app servers, one database)", async () => {
    const db = await getDb();
    const a = createRateLimiter(db, { keyPrefix: "t3", points: 2, durationSeconds: 60 });
    const b = createRateLimiter(db, { keyPrefix: "t3", points: 2, durationSeconds: 60 });
    expect((await a.consume("203.0.113.3")).allowed).toBe(true);
    expect((await b.consume("203.0.113.3")).allowed).toBe(true);
    expect((await a.consume("203.0.113.3")).allowed).toBe(false);
  });

  it("counts every one of many concurrent requests", async () => {
    const db = await getDb();
    const limiter = createRateLimiter(db, { keyPrefix: "t4", points: 5, durationSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 8 }, () => limiter.consume("203.0.113.4")));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
    const row = await db.rateLimit.findUnique({ where: { key: "t4:203.0.113.4" } });
    expect(row?.points).toBe(8);
  });

  it("keeps clients apart", async () => {
    const limiter = createRateLimiter(await getDb(), { keyPrefix: "t5", points: 1, durationSeconds: 60 });
    expect((await limiter.consume("203.0.113.5")).allowed).toBe(true);
    expect((await limiter.consume("203.0.113.5")).allowed).toBe(false);
    expect((await limiter.consume("203.0.113.6")).allowed).toBe(true);
  });

  it("starts a new window once the old one has expired", async () => {
    const db = await getDb();
    const limiter = createRateLimiter(db, { keyPrefix: "t6", points: 1, durationSeconds: 60 });
    await limiter.consume("203.0.113.7");
    expect((await limiter.consume("203.0.113.7")).allowed).toBe(false);
    await db.rateLimit.update({ where: { key: "t6:203.0.113.7" }, data: { expire: new Date(Date.now() - 1000) } });
    expect((await limiter.consume("203.0.113.7")).allowed).toBe(true);
    expect((await db.rateLimit.findUnique({ where: { key: "t6:203.0.113.7" } }))?.points).toBe(1);
  });

  it("counts a request with one statement, in a new window and an open one alike", async () => {
    const db = await getDb();
    const limiter = createRateLimiter(db, { keyPrefix: "t7", points: 5, durationSeconds: 60 });
    const first = await countStatements(() => limiter.consume("203.0.113.8"));
    expect(first).toMatchObject({ statements: 1, result: { allowed: true, remaining: 4 } });
    const second = await countStatements(() => limiter.consume("203.0.113.8"));
    expect(second).toMatchObject({ statements: 1, result: { allowed: true, remaining: 3 } });
    await db.rateLimit.update({ where: { key: "t7:203.0.113.8" }, data: { expire: new Date(Date.now() - 1000) } });
    const renewed = await countStatements(() => limiter.consume("203.0.113.8"));
    expect(renewed).toMatchObject({ statements: 1, result: { allowed: true, remaining: 4 } });
    expect((await db.rateLimit.findUnique({ where: { key: "t7:203.0.113.8" } }))?.expire?.getTime()).toBeGreaterThan(
      Date.now(),
    );
  });
});
