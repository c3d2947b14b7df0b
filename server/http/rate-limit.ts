import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db.ts";
import { logger } from "../logger.ts";

/**
 * Rate limits kept in the database (table `rate_limits`, Prisma model RateLimit {key, points, expire}),
 * so every app instance counts against the same budget. The increment is a single upsert
 * (INSERT … ON CONFLICT DO UPDATE SET points = points + n), so concurrent requests are all counted.
 * Works on PostgreSQL and on the embedded PGlite database alike.
 *
 * If the database cannot be reached, an in-process limiter with the same budget takes over
 * (rate-limiter-flexible's insurance limiter): limits still apply, per instance.
 */
export type RateLimitDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = {
  consume(key: string, points?: number): Promise<RateLimitDecision>;
  reset(key: string): Promise<void>;
};

export function createRateLimiter(
  db: Db,
  { keyPrefix, points, durationSeconds }: { keyPrefix: string; points: number; durationSeconds: number },
): RateLimiter {
  const limiter = new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points,
    duration: durationSeconds,
    clearExpiredByTimeout: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds }),
  });
  return {
    async consume(key, cost = 1) {
      try {
        const res = await limiter.consume(key, cost);
        return { allowed: true, remaining: res.remainingPoints };
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
        }
        // Both the store and the insurance limiter failed: let the request through rather than
        // turn an infrastructure fault into a lock-out; the failure is logged.
        logger.error({ err: rejection, keyPrefix }, "rate limiter unavailable");
        return { allowed: true, remaining: 0 };
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
