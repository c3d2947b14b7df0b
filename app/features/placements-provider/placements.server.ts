import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

/** A provider's placements page (the placementsProvider guard checks membership or support). */
export async function providerPlacementsLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const api = await callerFor(request, context.requestId);
  return json({ placements: await orNotFound(api.placements.provider.placements({ providerId })), showSchool: true });
}
