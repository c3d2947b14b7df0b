import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { SelectAcademicYearSchema } from "#server/placements/academic-year/academic-year.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { redirectWithErrors, requireSession, safeReturnTo } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { parseWith } from "~/lib/validation";

/** Only pages of this service are a return address (an open redirect elsewhere is refused). */
function returnToFrom(value: string | null | undefined) {
  const to = safeReturnTo(value, "/placements");
  return to.startsWith("/placements/") || to === "/placements" ? to : "/placements";
}

export async function academicYearLoader({ request, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const selected = await orNotFound(api.placements.academicYear.selected());
  return json({
    choice: selected.choice,
    current: selected.years.current.name,
    next: selected.years.next.name,
    returnTo: returnToFrom(new URL(request.url).searchParams.get("returnTo")),
  });
}

export async function academicYearAction({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const values = formValues(form);
  const returnTo = returnToFrom(values.returnTo);
  const parsed = parseWith(SelectAcademicYearSchema, values);
  if (!parsed.ok) return redirectWithErrors(request, parsed.errors, values);
  const api = await callerFor(request, context.requestId);
  await orNotFound(api.placements.academicYear.select(parsed.data));
  return redirect(returnTo, 303);
}
