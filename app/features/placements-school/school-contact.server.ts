import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { SchoolContactSchema } from "#server/placements/school-contact/school-contact.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/** Add / change the school's ITT placement contact: contact details → check your answers. */
type ContactState = { changing?: boolean; firstName?: string; lastName?: string; email?: string };
export const CONTACT_STEP = "school-contact";

function contactWizard(schoolId: string): WizardDefinition<ContactState> {
  return {
    journey: `placements-school-contact:${schoolId}`,
    steps: () => [CONTACT_STEP, CHECK_STEP],
    isComplete: (step, s) => (step === CONTACT_STEP ? Boolean(s.firstName && s.lastName && s.email) : false),
  };
}

const basePath = (schoolId: string) => `/placements/schools/${schoolId}/school-contact`;
const detailsPath = (schoolId: string) => `/placements/schools/${schoolId}/details`;

/** GET …/school-contact/new and …/school-contact/edit: the change wizard starts from the saved contact. */
export async function schoolContactStartLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const contact = await orNotFound(api.placements.schoolContact.get({ schoolId }));
  const initial: ContactState = contact
    ? {
        changing: true,
        firstName: contact.firstName ?? "",
        lastName: contact.lastName ?? "",
        email: contact.emailAddress,
      }
    : {};
  return startWizard(request, contactWizard(schoolId), basePath(schoolId), initial);
}

export async function schoolContactStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  await orNotFound((await callerFor(request, context.requestId)).placements.schoolContact.get({ schoolId }));
  const wizard = await openWizard(request, contactWizard(schoolId), basePath(schoolId), params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  return json({
    step,
    state: wizard.state,
    caption: wizard.state.changing ? "Change placement contact" : "Add placement contact",
    backHref: wizard.backHref(step, request, detailsPath(schoolId)),
    cancelHref: detailsPath(schoolId),
    changeHref: wizard.stepPath(CONTACT_STEP, { change: true }),
  });
}

export async function schoolContactStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const schoolId = idParam(params, "schoolId");
  const wizard = await openWizard(request, contactWizard(schoolId), basePath(schoolId), params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const api = await callerFor(request, context.requestId);
  if (step === CONTACT_STEP) {
    const values = formValues(form);
    const parsed = parseWith(SchoolContactSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    return wizard.saveAndContinue(request, step, parsed.data);
  }
  const parsed = parseWith(SchoolContactSchema, wizard.state);
  if (!parsed.ok) return redirectWithErrors(request, parsed.errors, wizard.state, wizard.stepPath(CONTACT_STEP));
  try {
    await api.placements.schoolContact.save({ schoolId, ...parsed.data });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, wizard.state, wizard.stepPath(CONTACT_STEP));
    throwHttpError(error);
  }
  await wizard.finish();
  return redirectWithBanner(request, detailsPath(schoolId), {
    heading: wizard.state.changing ? "Placement contact updated" : "Placement contact added",
  });
}
