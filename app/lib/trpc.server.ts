import { TRPCError } from "@trpc/server";
import { createInnerContext } from "#server/trpc/context.ts";
import { createCaller } from "#server/trpc/root.ts";
import { requestScopeCache } from "#server/trpc/request-scope.ts";
import { getSession, requestService } from "./session.server.ts";

/**
 * The server-side tRPC caller for one request. The context is built from the session
 * cookie alone, so a loader cannot hand the procedures a user it made up.
 */
export async function callerFor(request: Request, requestId = "request") {
  const service = requestService(request);
  const session = await getSession(request, service);
  return createCaller(
    await createInnerContext({
      user: session?.user ?? null,
      service,
      sessionId: session?.id ?? null,
      requestId,
      requestCache: requestScopeCache() ?? requestCacheFor(request),
      route: new URL(request.url).pathname,
    }),
  );
}

// The loaders of one request (layout and page) share authorization checks and reads (server/trpc/request-cache.ts):
// per HTTP request in the server (request-scope.ts), else per Request object (loaders called directly, in tests).
const requestCaches = new WeakMap<Request, Map<string, Promise<unknown>>>();
function requestCacheFor(request: Request) {
  let cache = requestCaches.get(request);
  if (!cache) {
    cache = new Map();
    requestCaches.set(request, cache);
  }
  return cache;
}

/** Maps tRPC errors a page cannot recover from to HTTP responses for the route ErrorBoundary. */
export function throwHttpError(error: unknown): never {
  if (error instanceof TRPCError) {
    if (error.code === "NOT_FOUND" || error.code === "FORBIDDEN") throw new Response("Not found", { status: 404 });
    if (error.code === "UNAUTHORIZED") throw new Response("Unauthorized", { status: 401 });
    if (error.code === "TOO_MANY_REQUESTS") throw new Response("Too many requests", { status: 429 });
  }
  throw error;
}

/** Runs a procedure call; authorization failures become 404 pages. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    throwHttpError(error);
  }
}
