import { TRPCError } from "@trpc/server";
import type { Db } from "../db.ts";
import { env } from "../env.ts";
import { createRateLimiter, type RateLimiter } from "../http/rate-limit.ts";
import { logger } from "../logger.ts";
import { middleware } from "./init.ts";

type Budget = { keyPrefix: string; points: number; durationSeconds: number };

/**
 * A per-user budget of calls for a procedure, counted in the database so every instance shares it. Over the limit the
 * procedure fails with TOO_MANY_REQUESTS, which the pages turn into the GOV.UK 429 page (app/lib/trpc.server.ts).
 */
export function rateLimitedPerUser(budget: () => Budget) {
  const limiters = new WeakMap<Db, RateLimiter>();
  return middleware(async ({ ctx, path, next }) => {
    const userId = ctx.user?.id;
    if (!userId) return next();
    let limiter = limiters.get(ctx.db);
    if (!limiter) {
      limiter = createRateLimiter(ctx.db, budget());
      limiters.set(ctx.db, limiter);
    }
    const decision = await limiter.consume(userId);
    if (!decision.allowed) {
      logger.warn(
        { requestId: ctx.requestId, userId, path, retryAfterSeconds: decision.retryAfterSeconds },
        "denied: rate limit exceeded",
      );
      throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many requests" });
    }
    return next();
  });
}

/** Anti-automation for actions that move money (security.md: "Rate limits on sign-in, exports and submit"). */
export const submitRateLimited = rateLimitedPerUser(() => ({
  keyPrefix: "submit",
  points: env().RATE_LIMIT_SUBMIT_POINTS,
  durationSeconds: env().RATE_LIMIT_SUBMIT_DURATION_SECONDS,
}));

/** Claims CSV exports: each reads every matching claim, so a per-user budget keeps one user from loading the database. */
export const exportRateLimited = rateLimitedPerUser(() => ({
  keyPrefix: "export",
  points: env().RATE_LIMIT_EXPORT_POINTS,
  durationSeconds: env().RATE_LIMIT_EXPORT_DURATION_SECONDS,
}));
