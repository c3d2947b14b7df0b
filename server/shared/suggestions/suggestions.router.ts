import { procedures, router } from "../../trpc/init.ts";
import { SuggestionQueryInput } from "./suggestions.schema.ts";
import { suggestOrganisations, suggestProviders, suggestSchools } from "./suggestions.service.ts";

/**
 * The ONLY procedures reachable over HTTP (`/api/trpc`, server/http/suggestions-api.ts): read-only suggestions for
 * the autocomplete fields, per service. Each is built from a guarded base like every other procedure: signed in to
 * that service (organisations: support only). Everything else, and every mutation, is called server-side only.
 */
export const suggestionsRouter = router({
  claims: router({
    providers: procedures.claimsUser
      .input(SuggestionQueryInput)
      .query(({ ctx, input }) => suggestProviders(ctx.db, "claims", input.query)),
    schools: procedures.claimsUser
      .input(SuggestionQueryInput)
      .query(({ ctx, input }) => suggestSchools(ctx.db, input.query)),
    organisations: procedures.claimsSupport
      .input(SuggestionQueryInput)
      .query(({ ctx, input }) => suggestOrganisations(ctx.db, "claims", input.query)),
  }),
  placements: router({
    providers: procedures.placementsUser
      .input(SuggestionQueryInput)
      .query(({ ctx, input }) => suggestProviders(ctx.db, "placements", input.query)),
    schools: procedures.placementsUser
      .input(SuggestionQueryInput)
      .query(({ ctx, input }) => suggestSchools(ctx.db, input.query)),
    organisations: procedures.placementsSupport
      .input(SuggestionQueryInput)
      .query(({ ctx, input }) => suggestOrganisations(ctx.db, "placements", input.query)),
  }),
});

export type SuggestionsRouter = typeof suggestionsRouter;

/** "providers" | "schools" | "organisations": the suggestion lists an autocomplete field can be fed from. */
export type SuggestionList = keyof SuggestionsRouter["claims"];
