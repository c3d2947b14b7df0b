import { pickedSuggestion } from "~/lib/suggestions.server";
import { type callerFor, orNotFound } from "~/lib/trpc.server";
import type { Wizard } from "~/lib/wizard.server";

/** Server side of the accredited-provider steps (provider-steps.tsx), shared by the claim wizards. */

type Api = Awaited<ReturnType<typeof callerFor>>;

/**
 * Provider step: the provider picked from the autocomplete (with JavaScript), else the search's single exact match by
 * name or code; either way no options step is needed. Null: show the options step.
 */
export async function exactProviderMatch(api: Api, schoolId: string, query: string, values: Record<string, unknown>) {
  const picked = await pickedSuggestion(values, "providerId", query, (providerId) =>
    api.claims.claim.provider({ schoolId, providerId }),
  );
  if (picked) return picked;
  const matches = await orNotFound(api.claims.claim.searchProviders({ schoolId, query }));
  const q = query.toLowerCase();
  const exact = matches.filter((p) => p.name.toLowerCase() === q || p.code.toLowerCase() === q);
  return exact.length === 1 ? exact[0] : null;
}

/** Provider options step: the chosen provider, only if it is one of the search's results. */
export async function providerFromOptions(api: Api, schoolId: string, query: string, providerId: string) {
  const matches = await orNotFound(api.claims.claim.searchProviders({ schoolId, query }));
  return matches.find((p) => p.id === providerId) ?? null;
}

/** Loader data of the "provider" and "provider-options" steps (ProviderStep renders it), or null for another step. */
export async function providerStepData(
  api: Api,
  schoolId: string,
  wizard: Wizard<{ providerQuery?: string; providerId?: string }>,
  step: string,
) {
  const providerQuery = wizard.state.providerQuery ?? "";
  if (step === "provider") return { view: "provider" as const, providerQuery };
  if (step !== "provider-options") return null;
  return {
    view: "provider-options" as const,
    providerQuery,
    providers: await orNotFound(api.claims.claim.searchProviders({ schoolId, query: providerQuery })),
    providerId: wizard.state.providerId ?? null,
    changeSearchHref: wizard.stepPath("provider"),
  };
}
