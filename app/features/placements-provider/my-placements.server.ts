import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { ProviderPlacementFiltersSchema } from "#server/placements/provider-placements/provider-placements.schema.ts";
import { groupParams } from "#server/placements/find/find-options.service.ts";

/** My placements: the provider's assigned placements in the selected year; the filters live in the URL (GET form). */
export async function myPlacementsLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const filters = ProviderPlacementFiltersSchema.parse(
    Object.fromEntries(groupParams(new URL(request.url).searchParams)),
  );
  const api = await callerFor(request, context.requestId);
  const { placements, options } = await orNotFound(api.placements.providerPlacements.list({ providerId, filters }));
  return json({ providerId, filters, placements, options });
}

/** One placement assigned to the provider; another provider's (or a missing one) is a 404. */
export async function myPlacementLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const placementId = idParam(params, "placementId");
  const api = await callerFor(request, context.requestId);
  const placement = await orNotFound(api.placements.providerPlacements.byId({ providerId, placementId }));
  return json({ providerId, placement });
}
