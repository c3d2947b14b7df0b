import { AsyncLocalStorage } from "node:async_hooks";
import type { RequestHandler } from "express";

/**
 * One cache per HTTP request for `perRequest` (request-cache.ts). Remix hands each loader its own copy of the
 * Request object, so the request is identified by the async context the Express middleware starts instead. Shared
 * through globalThis: the Remix server build bundles its own copy of this module next to the Express entry's.
 */
const shared = globalThis as { __ittRequestScope?: AsyncLocalStorage<Map<string, Promise<unknown>>> };
const scope = (shared.__ittRequestScope ??= new AsyncLocalStorage<Map<string, Promise<unknown>>>());

export const requestScope: RequestHandler = (_req, _res, next) => scope.run(new Map(), next);

/** The current HTTP request's cache, if the code runs inside one. */
export function requestScopeCache(): Map<string, Promise<unknown>> | undefined {
  return scope.getStore();
}

const SESSION_CHANGED = "session changed";

/**
 * Notes that this request changed its session's state (a flash message), so that its response gives the browser a
 * new session version even when it is a page view (server/auth/session-reuse.ts).
 */
export function noteSessionChanged() {
  scope.getStore()?.set(SESSION_CHANGED, Promise.resolve(true));
}

export function sessionChangedInRequest(): boolean {
  return scope.getStore()?.has(SESSION_CHANGED) ?? false;
}
