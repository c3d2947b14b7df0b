import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  ManualOrganisationAddressSchema,
  ManualOrganisationDetailsSchema,
  ManualOrganisationSchema,
} from "#server/shared/organisation/organisation.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/** Claims console: add an organisation that has no URN (details → address → check your answers). */
type State = Partial<Record<string, string>> & { detailsDone?: string; addressDone?: string };
const LIST = "/claims/support/schools";
const BASE = "/claims/support/organisations/new";
const definition: WizardDefinition<State> = {
  journey: "add-manual-organisation",
  steps: () => ["details", "address", CHECK_STEP],
  isComplete: (step, s) => (step === "details" ? Boolean(s.detailsDone) : step === "address" ? Boolean(s.addressDone) : false),
};

async function requireSupport(request: Request) {
  const session = await requireSession(request);
  if (!session.user.isSupport || session.user.service !== "claims") throw new Response("Not found", { status: 404 });
}

export async function manualStartLoader({ request }: LoaderFunctionArgs) {
  await requireSupport(request);
  return startWizard(request, definition, BASE);
}

export async function manualStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSupport(request);
  const wizard = await openWizard(request, definition, BASE, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const api = await callerFor(request, context.requestId);
  const regions = await orNotFound(api.claims.support.organisation.regions());
  return json({
    step,
    state: wizard.state,
    regions,
    backHref: wizard.backHref(step, request, LIST),
    cancelHref: LIST,
    detailsHref: wizard.stepPath("details", { change: true }),
    addressHref: wizard.stepPath("address", { change: true }),
  });
}

export async function manualStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  await requireSupport(request);
  const wizard = await openWizard(request, definition, BASE, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const values = formValues(form);
  if (step === "details" || step === "address") {
    const parsed = parseWith(step === "details" ? ManualOrganisationDetailsSchema : ManualOrganisationAddressSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    return wizard.saveAndContinue(request, step, { ...parsed.data, [`${step}Done`]: "1" });
  }
  if (step === CHECK_STEP) {
    const parsed = parseWith(ManualOrganisationSchema, wizard.state);
    if (!parsed.ok) return redirectWithErrors(request, parsed.errors, wizard.state, wizard.stepPath("details"));
    const api = await callerFor(request, context.requestId);
    try {
      await api.claims.support.organisation.addManual(parsed.data);
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      if (errors?.vendorNumber || errors?.regionId) return redirectWithErrors(request, errors, wizard.state, wizard.stepPath("details"));
      if (errors) return redirectWithErrors(request, errors, {});
      throwHttpError(error);
    }
    await wizard.finish();
    return redirectWithBanner(request, LIST, { heading: "Organisation added" });
  }
  throw redirect(wizard.stepPath("details"), 303);
}
