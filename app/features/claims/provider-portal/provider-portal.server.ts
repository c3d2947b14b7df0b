import { json, redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { ListProviderClaimsInput } from "#server/claims/provider-claims/provider-claims.schema.ts";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

/** Provider landing (reference /providers): the user's providers; straight to the claims of the only one. */
export async function providersLoader({ request, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const providers = (await api.claims.organisation.mine()).filter((o) => o.kind === "provider");
  if (providers.length === 1) throw redirect(`/claims/providers/${providers[0].id}/claims`);
  return json({ providers });
}

/**
 * A provider's claims with the school filter, read from the query string (a GET form, so it works without
 * JavaScript and the filtered list has a shareable address). A tampered query is a 404, like a malformed id.
 */
export async function providerClaimsLoader({ request, params, context }: LoaderFunctionArgs) {
  const providerId = idParam(params, "providerId");
  await requireSession(request);
  const url = new URL(request.url);
  const parsed = ListProviderClaimsInput.safeParse({
    providerId,
    schoolIds: url.searchParams.getAll("schoolId"),
    schoolSearch: url.searchParams.get("schoolSearch") ?? "",
  });
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const api = await callerFor(request, context.requestId);
  const provider = await orNotFound(api.claims.providerClaims.provider({ providerId }));
  const list = await orNotFound(api.claims.providerClaims.list(parsed.data));
  return json({
    provider,
    schoolSearch: parsed.data.schoolSearch,
    selectedSchoolIds: parsed.data.schoolIds,
    ...list,
  });
}

export async function providerClaimLoader({ request, params, context }: LoaderFunctionArgs) {
  const providerId = idParam(params, "providerId");
  const claimId = idParam(params, "claimId");
  await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const provider = await orNotFound(api.claims.providerClaims.provider({ providerId }));
  const claim = await orNotFound(api.claims.providerClaims.byId({ providerId, claimId }));
  return json({ provider, claim });
}
