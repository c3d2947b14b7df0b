import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

/** Placements school / provider layouts and their placements pages (the guards check membership or support). */
export async function placementsSchoolLayoutLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const school = await orNotFound(api.placements.school.byId({ schoolId }));
  return json({ organisation: school, kind: "school" as const, isSupport: session.user.isSupport });
}

export async function placementsProviderLayoutLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const providerId = idParam(params, "providerId");
  const api = await callerFor(request, context.requestId);
  const provider = await orNotFound(api.placements.provider.byId({ providerId }));
  return json({ organisation: provider, kind: "provider" as const, isSupport: session.user.isSupport });
}

export async function schoolPlacementsLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  return json({ placements: await orNotFound(api.placements.school.placements({ schoolId })), showSchool: false });
}
