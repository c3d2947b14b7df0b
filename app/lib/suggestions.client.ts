import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
// Types only (erased at build): the browser bundle gets no server code.
import type { SuggestionsRouter } from "#server/shared/suggestions/suggestions.router.ts";
import type { Suggestion } from "#server/shared/suggestions/suggestions.service.ts";
import type { ServiceName } from "./services";

/**
 * The browser's tRPC client (`.client.ts`: the Remix compiler leaves it out of the server build). It reaches only the
 * suggestions router mounted at /api/trpc (server/http/suggestions-api.ts): one GET per query, no batching (the server
 * refuses batches), the session cookie sent as on any same-origin request.
 */
export type SuggestionList = "providers" | "schools" | "organisations";
export type { Suggestion };

let client: TRPCClient<SuggestionsRouter> | undefined;

export function fetchSuggestions(
  service: ServiceName,
  list: SuggestionList,
  query: string,
  signal?: AbortSignal,
): Promise<Suggestion[]> {
  client ??= createTRPCClient<SuggestionsRouter>({ links: [httpLink({ url: "/api/trpc" })] });
  return client[service][list].query({ query }, { signal });
}
