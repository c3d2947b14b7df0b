import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  ManualOrganisationAddressSchema,
  ManualOrganisationContactSchema,
  ManualOrganisationNameSchema,
  ManualOrganisationRegionSchema,
  ManualOrganisationSchema,
  ManualOrganisationVendorNumberSchema,
} from "#server/shared/organisation/organisation.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { redirectWithBanner, redirectWithErrors, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/**
 * Claims console: add an organisation that has no URN, one question per page (reference add_organisation_wizard):
 * name → vendor number → region → address → contact details → check your answers.
 */
type State = Partial<Record<string, string>>;
const LIST = "/claims/support/schools";
const BASE = "/claims/support/organisations/new";
const QUESTIONS = {
  name: ManualOrganisationNameSchema,
  "vendor-number": ManualOrganisationVendorNumberSchema,
  region: ManualOrganisationRegionSchema,
  address: ManualOrganisationAddressSchema,
  "contact-details": ManualOrganisationContactSchema,
} as const;
type Question = keyof typeof QUESTIONS;
const QUESTION_STEPS = Object.keys(QUESTIONS) as Question[];
const isQuestion = (step: string): step is Question => step in QUESTIONS;
/** The step that asks for a field, for errors found when the organisation is saved. */
const STEP_OF_FIELD: Record<string, Question> = { vendorNumber: "vendor-number", regionId: "region" };

const definition: WizardDefinition<State> = {
  journey: "add-manual-organisation",
  steps: () => [...QUESTION_STEPS, CHECK_STEP],
  isComplete: (step, s) => Boolean(s[`${step}Done`]),
};

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
    changeHrefs: Object.fromEntries(QUESTION_STEPS.map((q) => [q, wizard.stepPath(q, { change: true })])) as Record<
      Question,
      string
    >,
  });
}

export async function manualStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  await requireSupport(request);
  const wizard = await openWizard(request, definition, BASE, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const values = formValues(form);
  if (isQuestion(step)) {
    const parsed = parseWith(QUESTIONS[step], values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    return wizard.saveAndContinue(request, step, { ...parsed.data, [`${step}Done`]: "1" });
  }
  if (step === CHECK_STEP) {
    const parsed = parseWith(ManualOrganisationSchema, wizard.state);
    if (!parsed.ok) return redirectWithErrors(request, parsed.errors, wizard.state, wizard.stepPath(QUESTION_STEPS[0]));
    const api = await callerFor(request, context.requestId);
    try {
      await api.claims.support.organisation.addManual(parsed.data);
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      const field = Object.keys(errors ?? {}).find((f) => f in STEP_OF_FIELD);
      if (errors && field)
        return redirectWithErrors(request, errors, wizard.state, wizard.stepPath(STEP_OF_FIELD[field]));
      if (errors) return redirectWithErrors(request, errors, {});
      throwHttpError(error);
    }
    await wizard.finish();
    return redirectWithBanner(request, LIST, { heading: "Organisation added" });
  }
  throw redirect(wizard.stepPath(QUESTION_STEPS[0]), 303);
}
