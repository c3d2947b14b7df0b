import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { parse } from "cookie";
import type { RequestHandler } from "express";
import { sessionCookieName } from "../auth/session-cookie.ts";
import { readSession, type ServiceName } from "../auth/session.ts";
import type { Db } from "../db.ts";
import { env } from "../env.ts";
import { logger } from "../logger.ts";
import { suggestionsRouter } from "../shared/suggestions/suggestions.router.ts";
import { createInnerContext, type Context } from "../trpc/context.ts";
import { createRateLimiter, type RateLimiter } from "./rate-limit.ts";

/**
 * tRPC over HTTP, for one purpose only: the autocomplete fields' suggestions (ADR 0006). The router served here is
 * `suggestionsRouter` (read-only queries), never the app router, so no mutation and no other query can be reached:
 * an unknown path is a 404. On top of each procedure's own guard (signed in to the service named by the path's first
 * segment; another service's session does not count), every request must come from a page of this origin (403), and
 * each user has a budget of requests counted in the database (429). Invalid input (too long, control characters) is
 * a 400. Responses are never cached.
 */
export const SUGGESTIONS_ENDPOINT = "/api/trpc";

type Budget = { points: number; durationSeconds: number };

export type SuggestionsHandlerOptions = {
  getDb: () => Promise<Db>;
  /** Requests per user per window; defaults to RATE_LIMIT_SUGGESTIONS_POINTS / _DURATION_SECONDS. */
  budget?: () => Budget;
};

const defaultBudget = (): Budget => ({
  points: env().RATE_LIMIT_SUGGESTIONS_POINTS,
  durationSeconds: env().RATE_LIMIT_SUGGESTIONS_DURATION_SECONDS,
});

/**
 * Same-origin only. Browsers send Sec-Fetch-Site on every request: it must be "same-origin" (not "same-site": a
 * sibling subdomain is another origin). Without it (older browsers), an Origin header naming this host is required;
 * a request with neither is refused, as nothing but our own pages needs this endpoint.
 */
export function isSameOriginRequest(request: Request) {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "same-origin";
  const origin = request.headers.get("origin");
  const host = request.headers.get("host") ?? new URL(request.url).host;
  if (!origin || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

function serviceOf(path: string | undefined): ServiceName | null {
  const first = path?.split(".")[0];
  return first === "claims" || first === "placements" ? first : null;
}

function errorResponse(status: number, code: string, message: string) {
  return new Response(JSON.stringify({ error: { message, code, data: { code, httpStatus: status } } }), {
    status,
    headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
  });
}

/** The endpoint as a Fetch handler (Request → Response), so tests call it without a server. */
export function createSuggestionsHandler({ getDb, budget = defaultBudget }: SuggestionsHandlerOptions) {
  const limiters = new WeakMap<Db, RateLimiter>();
  const limiterFor = (db: Db) => {
    let limiter = limiters.get(db);
    if (!limiter) {
      limiter = createRateLimiter(db, { keyPrefix: "suggestions", ...budget() });
      limiters.set(db, limiter);
    }
    return limiter;
  };

  return async function handleSuggestions(request: Request, requestId = "request"): Promise<Response> {
    if (!isSameOriginRequest(request)) {
      logger.warn({ requestId, path: new URL(request.url).pathname }, "denied: cross-origin suggestions request");
      return errorResponse(403, "FORBIDDEN", "Forbidden");
    }
    // Queries are GET requests; nothing else exists over HTTP.
    if (request.method !== "GET") return errorResponse(404, "NOT_FOUND", "Not found");
    return fetchRequestHandler({
      endpoint: SUGGESTIONS_ENDPOINT,
      req: request,
      router: suggestionsRouter,
      allowBatching: false,
      allowMethodOverride: false,
      async createContext({ info }): Promise<Context> {
        const db = await getDb();
        const service = serviceOf(info.calls[0]?.path);
        const token = service ? parse(request.headers.get("cookie") ?? "")[sessionCookieName(service)] : undefined;
        const session = service ? await readSession(db, token, service) : null;
        if (session) {
          const decision = await limiterFor(db).consume(session.user.id);
          if (!decision.allowed) {
            logger.warn({ requestId, userId: session.user.id }, "denied: suggestions rate limit exceeded");
            throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: "Too many requests" });
          }
        }
        return createInnerContext({
          db,
          user: session?.user ?? null,
          service,
          sessionId: session?.id ?? null,
          requestId,
        });
      },
      responseMeta: () => ({ headers: { "Cache-Control": "no-store" } }),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error, requestId, path }, "suggestions failed");
      },
    });
  };
}

/** Mounts the Fetch handler in Express (GET only reaches tRPC; the handler answers everything else itself). */
export function suggestionsApi(options: SuggestionsHandlerOptions): RequestHandler {
  const handle = createSuggestionsHandler(options);
  return (req, res, next) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
      else if (value !== undefined) headers.set(name, value);
    }
    const request = new Request(`http://${req.get("host") ?? "localhost"}${req.originalUrl}`, {
      method: req.method,
      headers,
    });
    handle(request, res.locals.requestId as string)
      .then(async (response) => {
        res.status(response.status);
        response.headers.forEach((value, name) => res.setHeader(name, value));
        res.send(Buffer.from(await response.arrayBuffer()));
      })
      .catch(next);
  };
}
