import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { MENTOR_MESSAGES, MentorLookupFormSchema } from "#server/claims/mentor/mentor.schema.ts";
import { datePartsOf } from "#server/claims/claim-window/date-input.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

const mentorsPath = (schoolId: string) => `/claims/schools/${schoolId}/mentors`;

export async function mentorsListLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const [school, mentors] = await orNotFound(
    Promise.all([api.claims.school.byId({ schoolId }), api.claims.mentor.list({ schoolId })]),
  );
  return json({ schoolId, schoolName: school.name, mentors });
}

export async function mentorLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const mentorId = idParam(params, "mentorId");
  const api = await callerFor(request, context.requestId);
  const mentor = await orNotFound(api.claims.mentor.byId({ schoolId, mentorId }));
  return json({ schoolId, mentor });
}

// Remove ---------------------------------------------------------------------------------------------------------

export async function removeMentorLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const mentorId = idParam(params, "mentorId");
  const api = await callerFor(request, context.requestId);
  const removal = await orNotFound(api.claims.mentor.removal({ schoolId, mentorId }));
  return json({ schoolId, ...removal });
}

export async function removeMentorAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const schoolId = idParam(params, "schoolId");
  const mentorId = idParam(params, "mentorId");
  const api = await callerFor(request, context.requestId);
  try {
    await api.claims.mentor.remove({ schoolId, mentorId });
  } catch (error) {
    // Became part of an active claim since the page was shown: the page now explains why.
    if (formErrorsFromTrpc(error)) return redirect(new URL(request.url).pathname, 303);
    throwHttpError(error);
  }
  return redirectWithBanner(request, mentorsPath(schoolId), { heading: "Mentor removed" });
}

// Add mentor wizard ----------------------------------------------------------------------------------------------

export const MENTOR_STEP = "mentor";
export const NO_RESULTS_STEP = "no-results";

type Lookup = { found: false } | { found: true; firstName: string; lastName: string };
export type AddMentorState = { trn?: string; dateOfBirth?: string; lookup?: Lookup };

function addMentorWizard(schoolId: string): WizardDefinition<AddMentorState> {
  return {
    journey: `claims-add-mentor:${schoolId}`,
    steps: (state) =>
      state.lookup && !state.lookup.found ? [MENTOR_STEP, NO_RESULTS_STEP] : [MENTOR_STEP, CHECK_STEP],
    isComplete: (step, state) =>
      step === MENTOR_STEP ? Boolean(state.trn && state.dateOfBirth && state.lookup) : false,
  };
}

async function guardSchool(request: Request, schoolId: string, requestId?: string) {
  const api = await callerFor(request, requestId);
  // The claimsSchool guard: no wizard for a school you cannot see.
  await orNotFound(api.claims.school.byId({ schoolId }));
  return api;
}

export async function addMentorStartLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  await guardSchool(request, schoolId, context.requestId);
  return startWizard(request, addMentorWizard(schoolId), `${mentorsPath(schoolId)}/new`);
}

export async function addMentorStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  await guardSchool(request, schoolId, context.requestId);
  const wizard = await openWizard(request, addMentorWizard(schoolId), `${mentorsPath(schoolId)}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const { state } = wizard;
  return json({
    step,
    trn: state.trn ?? "",
    dateOfBirth: datePartsOf(state.dateOfBirth),
    dateOfBirthIso: state.dateOfBirth ?? null,
    mentor: state.lookup?.found ? { firstName: state.lookup.firstName, lastName: state.lookup.lastName } : null,
    noResultsHeading: state.trn ? MENTOR_MESSAGES.noResults(state.trn) : "",
    backHref: wizard.backHref(step, request, mentorsPath(schoolId)),
    cancelHref: mentorsPath(schoolId),
    mentorStepHref: wizard.stepPath(MENTOR_STEP),
    changeHref: wizard.stepPath(MENTOR_STEP, { change: true }),
  });
}

export async function addMentorStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const schoolId = idParam(params, "schoolId");
  const api = await guardSchool(request, schoolId, context.requestId);
  const wizard = await openWizard(request, addMentorWizard(schoolId), `${mentorsPath(schoolId)}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);

  if (step === MENTOR_STEP) {
    const values = formValues(form);
    const parsed = parseWith(MentorLookupFormSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    let lookup: Lookup;
    try {
      const result = await api.claims.mentor.lookup({ schoolId, ...parsed.data });
      lookup = result.found
        ? { found: true, firstName: result.firstName, lastName: result.lastName }
        : { found: false };
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      if (errors) return wizard.invalid(request, errors, values);
      throwHttpError(error);
    }
    return wizard.saveAndContinue(request, step, { ...parsed.data, lookup });
  }

  if (step === CHECK_STEP && wizard.state.trn && wizard.state.dateOfBirth) {
    const { trn, dateOfBirth } = wizard.state;
    let mentor: { firstName: string; lastName: string };
    try {
      mentor = await api.claims.mentor.add({ schoolId, trn, dateOfBirth });
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      const values = {
        trn,
        ...Object.fromEntries(Object.entries(datePartsOf(dateOfBirth)).map(([k, v]) => [`dateOfBirth-${k}`, v])),
      };
      if (errors) return redirectWithErrors(request, errors, values, wizard.stepPath(MENTOR_STEP));
      throwHttpError(error);
    }
    await wizard.finish();
    return redirectWithBanner(request, mentorsPath(schoolId), {
      heading: "Mentor added",
      body: `You are now able to add ${mentor.firstName} ${mentor.lastName} to a claim`,
    });
  }
  throw new Response("Not found", { status: 404 });
}
