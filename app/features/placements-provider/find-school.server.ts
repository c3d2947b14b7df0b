import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

async function scope({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  return { api, providerId, schoolId };
}

/** A school's tabs from Find (placements, placement contact, school details). */
export async function findSchoolLayoutLoader(args: LoaderFunctionArgs) {
  const { api, providerId, schoolId } = await scope(args);
  const school = await orNotFound(api.placements.findSchool.summary({ providerId, schoolId }));
  return json({ providerId, school });
}

export async function findSchoolPlacementsLoader(args: LoaderFunctionArgs) {
  const { api, providerId, schoolId } = await scope(args);
  return json(await orNotFound(api.placements.findSchool.placements({ providerId, schoolId })));
}

export async function findSchoolContactLoader(args: LoaderFunctionArgs) {
  const { api, providerId, schoolId } = await scope(args);
  return json({ contact: await orNotFound(api.placements.findSchool.contact({ providerId, schoolId })) });
}

export async function findSchoolDetailsLoader(args: LoaderFunctionArgs) {
  const { api, providerId, schoolId } = await scope(args);
  return json(await orNotFound(api.placements.findSchool.details({ providerId, schoolId })));
}
