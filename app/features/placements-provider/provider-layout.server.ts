import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithErrors, requireSession, safeReturnTo } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { parseWith } from "~/lib/validation";
import { SelectAcademicYearSchema } from "#server/placements/selected-year/selected-year.schema.ts";

/** Every page of a placements provider: the guard checks membership (or support); another provider's id is a 404. */
export async function providerLayoutLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  const providerId = idParam(params, "providerId");
  const api = await callerFor(request, context.requestId);
  const provider = await orNotFound(api.placements.provider.byId({ providerId }));
  const { selected } = await api.placements.selectedYear.get();
  return json({
    provider,
    academicYear: { name: selected.name, which: selected.which },
    isSupport: session.user.isSupport,
  });
}

/** /placements/providers/:providerId lands on Find. */
export async function providerHomeLoader({ params }: LoaderFunctionArgs) {
  return redirect(`/placements/providers/${idParam(params, "providerId")}/find`);
}

export async function academicYearLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const api = await callerFor(request, context.requestId);
  await orNotFound(api.placements.provider.byId({ providerId }));
  const { selected, choices } = await api.placements.selectedYear.get();
  const returnTo = safeReturnTo(
    new URL(request.url).searchParams.get("returnTo"),
    `/placements/providers/${providerId}/find`,
  );
  return json({ selected: selected.which, choices, returnTo });
}

export async function academicYearAction({ request, params, context }: ActionFunctionArgs) {
  const providerId = idParam(params, "providerId");
  const form = await readForm(request);
  const values = formValues(form);
  const parsed = parseWith(SelectAcademicYearSchema, values);
  if (!parsed.ok) return redirectWithErrors(request, parsed.errors, values);
  const api = await callerFor(request, context.requestId);
  await orNotFound(api.placements.provider.byId({ providerId }));
  await api.placements.selectedYear.set(parsed.data);
  return redirect(safeReturnTo(values.returnTo, `/placements/providers/${providerId}/find`), 303);
}
