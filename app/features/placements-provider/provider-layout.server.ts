import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

/** Every page of a placements provider: the guard checks membership (or support); another provider's id is a 404. */
export async function providerLayoutLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const providerId = idParam(params, "providerId");
  const api = await callerFor(request, context.requestId);
  const provider = await orNotFound(api.placements.provider.byId({ providerId }));
  const selected = await orNotFound(api.placements.academicYear.selected());
  return json({
    provider,
    academicYear: { name: selected.name },
    isSupport: session.user.isSupport,
  });
}

/** /placements/providers/:providerId lands on Find. */
export async function providerHomeLoader({ params }: LoaderFunctionArgs) {
  return redirect(`/placements/providers/${idParam(params, "providerId")}/find`);
}
