import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { partnershipsPath } from "./wording";

/** A provider's partner school: its placements in the selected year (assigned to you / other) and one placement. */
async function scope({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const partnerId = idParam(params, "partnerId");
  const api = await callerFor(request, context.requestId);
  const partnerPath = `${partnershipsPath("provider", providerId)}/${partnerId}`;
  return { api, ref: { providerId, partnerId }, partnerPath };
}

export async function partnerSchoolPlacementsLoader(args: LoaderFunctionArgs) {
  const { api, ref, partnerPath } = await scope(args);
  const [school, placements] = await Promise.all([
    orNotFound(api.placements.providerPartnership.byId(ref)),
    orNotFound(api.placements.providerPartnership.placements(ref)),
  ]);
  return json({ school: { name: school.name }, partnerPath, ...placements });
}

export async function partnerSchoolPlacementLoader(args: LoaderFunctionArgs) {
  const { api, ref, partnerPath } = await scope(args);
  const placementId = idParam(args.params, "placementId");
  const placement = await orNotFound(api.placements.providerPartnership.placement({ ...ref, placementId }));
  return json({ placement, partnerPath });
}
