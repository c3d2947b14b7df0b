import type { AppLoadContext } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import { env } from "#server/env.ts";
import { createRateLimiter, type RateLimiter } from "#server/http/rate-limit.ts";
import { logger } from "#server/logger.ts";

let signInLimiter: Promise<RateLimiter> | undefined;

/**
 * Anti-automation for the sign-in endpoints (DfE Sign-in start and callback, persona sign-in):
 * RATE_LIMIT_SIGN_IN_POINTS requests per client IP per RATE_LIMIT_SIGN_IN_DURATION_SECONDS, counted
 * in the database so every instance shares the budget. Over the limit: the GOV.UK 429 page with
 * Retry-After (the route modules pass the header through, see auth-route.tsx).
 */
export async function limitSignIn(request: Request, context: AppLoadContext, service: string) {
  signInLimiter ??= getDb().then((db) =>
    createRateLimiter(db, {
      keyPrefix: "sign-in",
      points: env().RATE_LIMIT_SIGN_IN_POINTS,
      durationSeconds: env().RATE_LIMIT_SIGN_IN_DURATION_SECONDS,
    }),
  );
  const limiter = await signInLimiter;
  const decision = await limiter.consume(context.clientIp || "unknown");
  if (decision.allowed) return;
  logger.warn(
    {
      requestId: context.requestId,
      service,
      method: request.method,
      path: new URL(request.url).pathname,
      clientIp: context.clientIp,
      retryAfterSeconds: decision.retryAfterSeconds,
    },
    "denied: sign-in rate limit exceeded",
  );
  throw new Response("Too many requests", {
    status: 429,
    headers: { "Retry-After": String(decision.retryAfterSeconds) },
  });
}
