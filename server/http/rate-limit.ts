import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { Prisma } from "#prisma/generated/client.ts";
import type { Db } from "../db.ts";
import { logger } from "../logger.ts";

/**
 * Rate limits kept in the database (table `rate_limits`, Prisma model RateLimit {key, points, expire}),
 * so every app instance counts against the same budget. The increment is a single upsert
 * (INSERT … ON CONFLICT DO UPDATE SET points = points + n), so concurrent requests are all counted, and it starts a
 * new window itself when the stored one has expired (one statement per request, not a DELETE and an upsert).
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

// The store's increment, which rate-limiter-flexible calls but does not declare in its types.
type StoreUpsert = (key: string, points: number, msDuration: number, forceExpire?: boolean) => Promise<unknown>;
const storeUpsert = (RateLimiterPrisma.prototype as unknown as { _upsert: StoreUpsert })._upsert;

/** rate-limiter-flexible's Prisma store with its two-statement increment (delete if expired, then upsert) as one. */
class RateLimiterOneStatement extends RateLimiterPrisma {
  _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    if (forceExpire) return storeUpsert.call(this, key, points, msDuration, forceExpire);
    const db = (this as unknown as { prismaClient: Db }).prismaClient;
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    return db
      .$queryRaw<{ points: number; expire: Date | null }[]>(
        Prisma.sql`INSERT INTO rate_limits AS r (key, points, expire) VALUES (${key}, ${points}, ${expire})
          ON CONFLICT (key) DO UPDATE SET
            points = CASE WHEN r.expire <= ${now} THEN EXCLUDED.points ELSE r.points + EXCLUDED.points END,
            expire = CASE WHEN r.expire <= ${now} THEN EXCLUDED.expire ELSE r.expire END
          RETURNING points, expire`,
      )
      .then((rows) => rows[0]);
  }
}

export function createRateLimiter(
  db: Db,
  { keyPrefix, points, durationSeconds }: { keyPrefix: string; points: number; durationSeconds: number },
): RateLimiter {
  const limiter = new RateLimiterOneStatement({
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
