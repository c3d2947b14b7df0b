import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  KeyStageStepSchema,
  MentorsStepSchema,
  TermsStepSchema,
  YearGroupStepSchema,
} from "#server/placements/school-placement/school-placement.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { hostingInterestSummary } from "./hosting-interest.server";

/** The school's placement pages: list, placement, preview, publish, delete and the per-field Change forms. */
const listPath = (schoolId: string) => `/placements/schools/${schoolId}/placements`;

function ids(params: Record<string, string | undefined>) {
  return { schoolId: idParam(params, "schoolId"), placementId: idParam(params, "placementId") };
}

export async function schoolPlacementsLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const list = await orNotFound(api.placements.schoolPlacement.list({ schoolId }));
  // Only "Maybe" needs more: its potential details with subject and key stage names.
  const potentialRows =
    list.appetite === "interested" ? (await hostingInterestSummary(api, schoolId)).potentialRows : [];
  return json({ schoolId, ...list, potentialRows });
}

export async function schoolPlacementLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const { schoolId, placementId } = ids(params);
  const api = await callerFor(request, context.requestId);
  const placement = await orNotFound(api.placements.schoolPlacement.byId({ schoolId, placementId }));
  return json({ schoolId, placement, basePath: `${listPath(schoolId)}/${placementId}`, listPath: listPath(schoolId) });
}

/** POST …/:placementId/publish: a conditional update; "already published" comes back as a message. */
export async function publishPlacementAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const { schoolId, placementId } = ids(params);
  const api = await callerFor(request, context.requestId);
  const placementPath = `${listPath(schoolId)}/${placementId}`;
  try {
    await api.placements.schoolPlacement.publish({ schoolId, placementId });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {}, placementPath);
    throwHttpError(error);
  }
  return redirectWithBanner(request, placementPath, {
    heading: "Placement published",
    body: "Providers can now see this placement.",
  });
}

export async function publishPlacementLoader({ params }: LoaderFunctionArgs) {
  const { schoolId, placementId } = ids(params);
  return redirect(`${listPath(schoolId)}/${placementId}`);
}

/** POST …/:placementId/remove. A placement with a provider stays ("You cannot delete…" page). */
export async function removePlacementAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const { schoolId, placementId } = ids(params);
  const api = await callerFor(request, context.requestId);
  let result: { lastPlacementRemoved: boolean };
  try {
    result = await api.placements.schoolPlacement.remove({ schoolId, placementId });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
  return redirectWithBanner(request, listPath(schoolId), {
    heading: "Placement deleted",
    body: result.lastPlacementRemoved
      ? "You no longer have placement information available for this academic year."
      : undefined,
  });
}

// Change one field -------------------------------------------------------------------------------------------------

export const EDIT_FIELDS = {
  "year-group": { field: "yearGroup", phase: "primary", title: "Select a year group" },
  "key-stage": { field: "keyStage", phase: "send", title: "Select a key stage" },
  terms: { field: "terms", phase: null, title: "When could the placement take place?" },
  mentors: { field: "mentors", phase: null, title: "Select who will be the mentor" },
} as const;
export type EditField = keyof typeof EDIT_FIELDS;

function editFieldParam(params: Record<string, string | undefined>, phase: string): EditField {
  const name = params.field ?? "";
  const spec = EDIT_FIELDS[name as EditField];
  if (!spec || (spec.phase && spec.phase !== phase)) throw new Response("Not found", { status: 404 });
  return name as EditField;
}

export async function editPlacementLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const { schoolId, placementId } = ids(params);
  const api = await callerFor(request, context.requestId);
  const [placement, options] = await Promise.all([
    orNotFound(api.placements.schoolPlacement.byId({ schoolId, placementId })),
    orNotFound(api.placements.schoolPlacement.options({ schoolId })),
  ]);
  const field = editFieldParam(params, placement.phase);
  return json({
    field,
    title: EDIT_FIELDS[field].title,
    placement,
    options,
    backHref: `${listPath(schoolId)}/${placementId}`,
  });
}

function checked(form: FormData, name: string, none: string) {
  const values = form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return values.includes(none) ? { values: [] as string[], answered: true } : { values, answered: values.length > 0 };
}

export async function editPlacementAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { schoolId, placementId } = ids(params);
  const api = await callerFor(request, context.requestId);
  const placement = await orNotFound(api.placements.schoolPlacement.byId({ schoolId, placementId }));
  const field = editFieldParam(params, placement.phase);
  const values = formValues(form);
  let update;
  if (field === "year-group") {
    const parsed = parseWith(YearGroupStepSchema, values);
    if (!parsed.ok) return redirectWithErrors(request, parsed.errors, values);
    update = { field: "yearGroup" as const, ...parsed.data };
  } else if (field === "key-stage") {
    const parsed = parseWith(KeyStageStepSchema, values);
    if (!parsed.ok) return redirectWithErrors(request, parsed.errors, values);
    update = { field: "keyStage" as const, ...parsed.data };
  } else if (field === "terms") {
    const terms = checked(form, "termIds", "any");
    if (!terms.answered) return redirectWithErrors(request, { termIds: "Select when the placement could be" }, values);
    const parsed = parseWith(TermsStepSchema, { termIds: terms.values });
    if (!parsed.ok) return redirectWithErrors(request, { termIds: "Select when the placement could be" }, values);
    update = { field: "terms" as const, ...parsed.data };
  } else {
    const mentors = checked(form, "mentorIds", "not_known");
    if (!mentors.answered)
      return redirectWithErrors(request, { mentorIds: "Select a mentor or not yet known" }, values);
    const parsed = parseWith(MentorsStepSchema, { mentorIds: mentors.values });
    if (!parsed.ok) return redirectWithErrors(request, { mentorIds: "Select a mentor or not yet known" }, values);
    update = { field: "mentors" as const, ...parsed.data };
  }
  try {
    await api.placements.schoolPlacement.update({ schoolId, placementId, ...update });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, values);
    throwHttpError(error);
  }
  return redirectWithBanner(request, `${listPath(schoolId)}/${placementId}`, { heading: "Placement updated" });
}
