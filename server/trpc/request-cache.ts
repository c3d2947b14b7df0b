import type { Context } from "./context.ts";

/**
 * Read-only results shared by the procedure calls of one HTTP request: Remix runs the loaders of the layout and the
 * page at once, and both ask for the same authorization check or school. Only reads that cannot change within a
 * request go here (the callers treat the results as immutable). Contexts built without a cache (tests, jobs)
 * simply run fn every time.
 */
export function perRequest<T>(ctx: Pick<Context, "requestCache">, key: string, fn: () => Promise<T>): Promise<T> {
  const cache = ctx.requestCache;
  if (!cache) return fn();
  let pending = cache.get(key) as Promise<T> | undefined;
  if (!pending) {
    pending = fn();
    cache.set(key, pending);
    // A failed read is not kept: a later call in the same request tries again.
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
