import { json, type ServerBuild } from "@remix-run/node";
import { logger } from "../logger.ts";
import { capRequestBody, FORM_BODY_LIMIT, MAX_BODY_LIMIT } from "./body-limit.ts";
import { statusForFailure } from "./failures.ts";

type RouteFunction = (args: { request: Request; context: { requestId?: string }; params: unknown }) => unknown;
type RouteModule = {
  loader?: RouteFunction;
  action?: RouteFunction;
  handle?: { maxBodyBytes?: number };
};

/**
 * Wraps every route's loader and action once, at start-up, so no route can forget:
 *
 * - actions read their body through a streaming cap (FORM_BODY_LIMIT, or the route's
 *   `handle.maxBodyBytes`, at most MAX_BODY_LIMIT) → over it, the GOV.UK 413 page;
 * - an unexpected error becomes one JSON log line (request id, route, stack) and an error page
 *   carrying the request id as the support reference: 503 when the database cannot be reached
 *   (the next request tries again: the pool reconnects), 400 for text PostgreSQL refuses, else 500.
 *
 * Thrown or returned Responses (redirects, 404s, form errors) pass through untouched.
 */
export function hardenBuild(build: ServerBuild): ServerBuild {
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(build.routes)) {
    const module = route.module as unknown as RouteModule;
    const limit = Math.min(module.handle?.maxBodyBytes ?? FORM_BODY_LIMIT, MAX_BODY_LIMIT);
    const wrapped: RouteModule = { ...module };
    if (module.loader) wrapped.loader = guard(id, "loader", module.loader, limit);
    if (module.action) wrapped.action = guard(id, "action", module.action, limit);
    routes[id] = { ...route, module: wrapped as unknown as ServerBuild["routes"][string]["module"] };
  }
  return { ...build, routes };
}

export function errorResponse(status: number, requestId: string | undefined) {
  return json({ requestId: requestId ?? null }, { status });
}

function guard(routeId: string, kind: "loader" | "action", fn: RouteFunction, limit: number): RouteFunction {
  return async (args) => {
    const requestId = args.context?.requestId;
    let exceeded = () => false;
    if (kind === "action") {
      const capped = capRequestBody(args.request, limit);
      exceeded = capped.exceeded;
      if (exceeded()) throw tooLarge(args.request, routeId, requestId, limit);
      args = { ...args, request: capped.request };
    }
    try {
      return await fn(args);
    } catch (error) {
      if (exceeded()) throw tooLarge(args.request, routeId, requestId, limit);
      if (error instanceof Response || isErrorResponse(error)) throw error;
      const status = statusForFailure(error);
      const fields = { requestId, route: routeId, method: args.request.method, path: pathOf(args.request) };
      if (status === 503) logger.error({ ...fields, err: error }, "database unavailable");
      else if (status === 400) logger.warn({ ...fields, err: error }, "input refused by the database");
      else logger.error({ ...fields, err: error }, `unhandled ${kind} error`);
      throw errorResponse(status, requestId);
    }
  };
}

function tooLarge(request: Request, routeId: string, requestId: string | undefined, limit: number) {
  logger.warn({ requestId, route: routeId, path: pathOf(request), limit }, "denied: request body too large");
  return errorResponse(413, requestId);
}

function pathOf(request: Request) {
  try {
    return new URL(request.url).pathname;
  } catch {
    return undefined;
  }
}

/** Remix's own error responses (e.g. from a nested data() call) are deliberate, like Responses. */
function isErrorResponse(error: unknown) {
  return (
    typeof error === "object" &&
    error !== null &&
    "status" in error &&
    "internal" in error &&
    typeof (error as { status: unknown }).status === "number"
  );
}
