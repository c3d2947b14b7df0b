import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, requireSession, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

export async function grantConditionsLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const school = await orNotFound(api.claims.grantConditions.show({ schoolId }));
  return json({ school, isSupport: session.user.isSupport });
}

export async function acceptGrantConditionsAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  await orNotFound(api.claims.grantConditions.accept({ schoolId }));
  return redirect(`/claims/schools/${schoolId}/claims`, 303);
}

export async function removeAcceptanceLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSupport(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const school = await orNotFound(api.claims.grantConditions.show({ schoolId }));
  if (!school.acceptedAt) throw redirect(`/claims/schools/${schoolId}/details`);
  return json({ school });
}

export async function removeAcceptanceAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  await requireSupport(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  await orNotFound(api.claims.grantConditions.removeAcceptance({ schoolId }));
  return redirectWithBanner(request, `/claims/schools/${schoolId}/details`, {
    heading: "Agreement to grant conditions removed",
  });
}
