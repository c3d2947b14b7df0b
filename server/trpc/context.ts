import { getDb, type Db } from "../db.ts";
import type { ServiceName, SessionUser } from "../auth/session.ts";
import { integrationClientsFromEnv, type IntegrationClients } from "../integrations/clients.ts";

/**
 * The context every procedure runs with. Built per request from the session alone
 * (app/lib/trpc.server.ts, server/http/suggestions-api.ts), or directly in tests, always through createInnerContext.
 */
export interface Context {
  db: Db;
  user: SessionUser | null;
  /** The service the request came through (/claims or /placements). */
  service: ServiceName | null;
  sessionId: string | null;
  requestId: string;
  /** Outside services (Teaching Record): made once from the environment; tests pass clients of the fake servers. */
  clients: IntegrationClients;
  /** Per-request cache for `perRequest` (request-cache.ts); absent outside HTTP requests. */
  requestCache?: Map<string, Promise<unknown>>;
  /** The page path the call came from, for denial logs. */
  route?: string;
}

export async function createInnerContext(opts: Partial<Context> = {}): Promise<Context> {
  return {
    db: opts.db ?? (await getDb()),
    user: opts.user ?? null,
    service: opts.service ?? opts.user?.service ?? null,
    sessionId: opts.sessionId ?? null,
    requestId: opts.requestId ?? "internal",
    clients: opts.clients ?? integrationClientsFromEnv(),
    requestCache: opts.requestCache,
    route: opts.route,
  };
}
