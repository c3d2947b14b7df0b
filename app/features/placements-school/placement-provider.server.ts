import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  ProviderChoiceSchema,
  UnassignProviderSchema,
} from "#server/placements/school-placement/school-placement.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";

/**
 * A placement's provider, from the school's placement page: "Select a provider" (the school's partner providers, or
 * "Not yet known") → [You are assigning your last available placement] → assigned; and "Remove" → confirmation →
 * removed. Both writes are conditional updates in the service; a conflict comes back as a message on the placement.
 */
async function scope({ request, params, context }: LoaderFunctionArgs | ActionFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const placementId = idParam(params, "placementId");
  const api = await callerFor(request, context.requestId);
  const placementPath = `/placements/schools/${schoolId}/placements/${placementId}`;
  return { api, ref: { schoolId, placementId }, placementPath, schoolId };
}

async function assignOrMessage(
  request: Request,
  args: Awaited<ReturnType<typeof scope>>,
  input: { providerId: string; lastPlacementConfirmed?: boolean },
) {
  try {
    await args.api.placements.schoolPlacement.assignProvider({ ...args.ref, ...input });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {}, args.placementPath);
    throwHttpError(error);
  }
  return redirectWithBanner(request, args.placementPath, { heading: "Provider updated" });
}

export async function selectProviderLoader(args: LoaderFunctionArgs) {
  const s = await scope(args);
  const choices = await orNotFound(s.api.placements.schoolPlacement.providerChoices(s.ref));
  // Only a published placement without a provider is assigned here (its page offers "Remove" otherwise).
  if (choices.assigned || !choices.published) throw redirect(s.placementPath);
  return json({
    ...choices,
    placementPath: s.placementPath,
    addProviderHref: `/placements/schools/${s.schoolId}/partner-providers/new`,
  });
}

export async function selectProviderAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const s = await scope(args);
  const values = formValues(form);
  const parsed = parseWith(ProviderChoiceSchema, values);
  if (!parsed.ok) return redirectWithErrors(args.request, parsed.errors, values);
  if (parsed.data.providerId === "not_known") return redirect(s.placementPath, 303);
  const choices = await orNotFound(s.api.placements.schoolPlacement.providerChoices(s.ref));
  if (choices.lastAvailable) {
    return redirect(`${s.placementPath}/provider/last-placement?providerId=${parsed.data.providerId}`, 303);
  }
  return assignOrMessage(args.request, s, { providerId: parsed.data.providerId });
}

/** "You are assigning your last available placement": the provider chosen comes in the URL and the form. */
export async function lastPlacementLoader(args: LoaderFunctionArgs) {
  const s = await scope(args);
  const parsed = UnassignProviderSchema.safeParse({
    providerId: new URL(args.request.url).searchParams.get("providerId"),
  });
  if (!parsed.success) throw new Response("Not found", { status: 404 });
  const choices = await orNotFound(s.api.placements.schoolPlacement.providerChoices(s.ref));
  const provider = choices.providers.find((p) => p.id === parsed.data.providerId);
  if (!provider) throw new Response("Not found", { status: 404 });
  return json({ title: choices.title, provider, placementPath: s.placementPath });
}

export async function lastPlacementAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const s = await scope(args);
  const parsed = parseWith(UnassignProviderSchema, formValues(form));
  if (!parsed.ok) throw new Response("Not found", { status: 404 });
  return assignOrMessage(args.request, s, { providerId: parsed.data.providerId, lastPlacementConfirmed: true });
}

/** "Are you sure you want to remove <provider> from this placement?" */
export async function removeProviderLoader(args: LoaderFunctionArgs) {
  const s = await scope(args);
  const placement = await orNotFound(s.api.placements.schoolPlacement.byId(s.ref));
  if (!placement.provider) throw redirect(s.placementPath);
  return json({ title: placement.title, provider: placement.provider, placementPath: s.placementPath });
}

export async function removeProviderAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const s = await scope(args);
  const parsed = parseWith(UnassignProviderSchema, formValues(form));
  if (!parsed.ok) throw new Response("Not found", { status: 404 });
  try {
    await s.api.placements.schoolPlacement.unassignProvider({ ...s.ref, providerId: parsed.data.providerId });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(args.request, errors, {}, s.placementPath);
    throwHttpError(error);
  }
  return redirectWithBanner(args.request, s.placementPath, { heading: "Provider removed" });
}
