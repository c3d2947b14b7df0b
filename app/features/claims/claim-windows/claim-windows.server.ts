import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { ClaimWindowFormSchema } from "#server/claims/claim-window/claim-window.schema.ts";
import { datePartsOf } from "#server/shared/validation/date-input.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

export const CLAIM_WINDOWS_PATH = "/claims/support/claim-windows";
export const WINDOW_STEP = "window";

/** Support only: anyone else gets the same 404 as a missing page. */
async function supportApi(request: Request, requestId?: string) {
  await requireSupport(request);
  return callerFor(request, requestId);
}

const iso = (d: Date | string) => (typeof d === "string" ? d : d.toISOString()).slice(0, 10);

export async function claimWindowsLoader({ request, context }: LoaderFunctionArgs) {
  const api = await supportApi(request, context.requestId);
  const windows = await orNotFound(api.claims.support.claimWindow.list());
  return json({ windows });
}

export async function claimWindowLoader({ request, params, context }: LoaderFunctionArgs) {
  const api = await supportApi(request, context.requestId);
  const claimWindowId = idParam(params, "claimWindowId");
  const window = await orNotFound(api.claims.support.claimWindow.byId({ claimWindowId }));
  return json({ window });
}

// Remove ---------------------------------------------------------------------------------------------------------

export async function removeClaimWindowLoader({ request, params, context }: LoaderFunctionArgs) {
  const api = await supportApi(request, context.requestId);
  const claimWindowId = idParam(params, "claimWindowId");
  const window = await orNotFound(api.claims.support.claimWindow.byId({ claimWindowId }));
  if (window.status === "past") throw new Response("Not found", { status: 404 });
  return json({ window });
}

export async function removeClaimWindowAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const api = await supportApi(request, context.requestId);
  const claimWindowId = idParam(params, "claimWindowId");
  try {
    await api.claims.support.claimWindow.remove({ claimWindowId });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
  return redirectWithBanner(request, CLAIM_WINDOWS_PATH, { heading: "Claim window removed" });
}

// Add / change wizard --------------------------------------------------------------------------------------------

export type ClaimWindowState = { startsOn?: string; endsOn?: string; academicYearId?: string };

function claimWindowWizard(claimWindowId: string | null): WizardDefinition<ClaimWindowState> {
  return {
    journey: claimWindowId ? `claims-edit-claim-window:${claimWindowId}` : "claims-add-claim-window",
    steps: () => [WINDOW_STEP, CHECK_STEP],
    isComplete: (step, s) => (step === WINDOW_STEP ? Boolean(s.startsOn && s.endsOn && s.academicYearId) : false),
  };
}

function wizardBase(claimWindowId: string | null) {
  return claimWindowId ? `${CLAIM_WINDOWS_PATH}/${claimWindowId}/edit` : `${CLAIM_WINDOWS_PATH}/new`;
}

function editId(params: Record<string, string | undefined>) {
  return params.claimWindowId === undefined ? null : idParam(params, "claimWindowId");
}

export async function claimWindowWizardStartLoader({ request, params, context }: LoaderFunctionArgs) {
  const api = await supportApi(request, context.requestId);
  const claimWindowId = editId(params);
  let initial: ClaimWindowState = {};
  if (claimWindowId) {
    const window = await orNotFound(api.claims.support.claimWindow.byId({ claimWindowId }));
    if (window.status === "past") throw new Response("Not found", { status: 404 });
    initial = { startsOn: iso(window.startsOn), endsOn: iso(window.endsOn), academicYearId: window.academicYear.id };
  }
  const url = new URL(request.url);
  // "Change" from the window's page opens the check page straight away, as the reference does.
  const firstStep = claimWindowId && url.searchParams.get("step") !== WINDOW_STEP ? CHECK_STEP : WINDOW_STEP;
  return startWizard(request, claimWindowWizard(claimWindowId), wizardBase(claimWindowId), initial, firstStep);
}

export async function claimWindowStepLoader({ request, params, context }: LoaderFunctionArgs) {
  const api = await supportApi(request, context.requestId);
  const claimWindowId = editId(params);
  const wizard = await openWizard(request, claimWindowWizard(claimWindowId), wizardBase(claimWindowId), params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const academicYears = await orNotFound(api.claims.support.claimWindow.academicYears());
  const window = claimWindowId ? await orNotFound(api.claims.support.claimWindow.byId({ claimWindowId })) : null;
  const fallback = window ? `${CLAIM_WINDOWS_PATH}/${window.id}` : CLAIM_WINDOWS_PATH;
  return json({
    step,
    mode: claimWindowId ? ("edit" as const) : ("add" as const),
    state: wizard.state,
    startsOn: datePartsOf(wizard.state.startsOn),
    endsOn: datePartsOf(wizard.state.endsOn),
    academicYears: academicYears.map((y) => ({ id: y.id, name: y.name })),
    windowStatus: window?.status ?? null,
    backHref: wizard.backHref(step, request, fallback),
    cancelHref: fallback,
    changeHref: wizard.stepPath(WINDOW_STEP, { change: true }),
  });
}

export async function claimWindowStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const api = await supportApi(request, context.requestId);
  const claimWindowId = editId(params);
  const wizard = await openWizard(request, claimWindowWizard(claimWindowId), wizardBase(claimWindowId), params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);

  if (step === WINDOW_STEP) {
    const values = formValues(form);
    const parsed = parseWith(ClaimWindowFormSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    try {
      await api.claims.support.claimWindow.validate({ ...parsed.data, ...(claimWindowId ? { claimWindowId } : {}) });
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      if (errors) return wizard.invalid(request, errors, values);
      throwHttpError(error);
    }
    return wizard.saveAndContinue(request, step, parsed.data);
  }

  if (step === CHECK_STEP) {
    const { startsOn, endsOn, academicYearId } = wizard.state;
    if (!startsOn || !endsOn || !academicYearId) throw new Response("Not found", { status: 404 });
    const input = { startsOn, endsOn, academicYearId };
    let savedId: string;
    try {
      savedId = claimWindowId
        ? (await api.claims.support.claimWindow.update({ claimWindowId, ...input })).id
        : (await api.claims.support.claimWindow.create(input)).id;
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      const values = {
        academicYearId,
        ...Object.fromEntries(Object.entries(datePartsOf(startsOn)).map(([k, v]) => [`startsOn-${k}`, v])),
        ...Object.fromEntries(Object.entries(datePartsOf(endsOn)).map(([k, v]) => [`endsOn-${k}`, v])),
      };
      if (errors) return redirectWithErrors(request, errors, values, wizard.stepPath(WINDOW_STEP));
      throwHttpError(error);
    }
    await wizard.finish();
    return claimWindowId
      ? redirectWithBanner(request, `${CLAIM_WINDOWS_PATH}/${savedId}`, { heading: "Claim window updated" })
      : redirectWithBanner(request, CLAIM_WINDOWS_PATH, { heading: "Claim window added" });
  }
  throw new Response("Not found", { status: 404 });
}
