import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { MENTOR_MESSAGES, MentorLookupFormSchema } from "#server/shared/mentor/mentor.schema.ts";
import { datePartsOf } from "#server/shared/validation/date-input.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requestService, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";
import { MENTOR_TEXTS, mentorsPath, type MentorService } from "./mentor-texts";

/**
 * A school's mentors, for claims (`/claims/schools/:id/mentors`, claims memberships) and placements
 * (`/placements/schools/:id/mentors`, placements memberships): the service comes from the path.
 */
type Api = Awaited<ReturnType<typeof callerFor>>;

function serviceOf(request: Request): MentorService {
  const service = requestService(request);
  if (service !== "claims" && service !== "placements") throw new Response("Not found", { status: 404 });
  return service;
}

function mentorsApi(api: Api, service: MentorService) {
  return service === "claims" ? api.claims.mentor : api.placements.schoolMentor;
}

/** The school, through its service's guard (member or support): another school is a 404. */
async function schoolOf(api: Api, service: MentorService, schoolId: string) {
  const school: { id: string; name: string } = await orNotFound<{ id: string; name: string }>(
    service === "claims" ? api.claims.school.byId({ schoolId }) : api.placements.school.byId({ schoolId }),
  );
  return { id: school.id, name: school.name };
}

export async function mentorsListLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  const [school, mentors] = await Promise.all([
    schoolOf(api, service, schoolId),
    orNotFound(mentorsApi(api, service).list({ schoolId })),
  ]);
  return json({ service, schoolId, schoolName: school.name, mentors });
}

export async function mentorLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  const mentorId = idParam(params, "mentorId");
  const api = await callerFor(request, context.requestId);
  const mentor = await orNotFound(mentorsApi(api, service).byId({ schoolId, mentorId }));
  return json({ service, schoolId, mentor });
}

// Remove ---------------------------------------------------------------------------------------------------------

export async function removeMentorLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  const mentorId = idParam(params, "mentorId");
  const api = await callerFor(request, context.requestId);
  const removal = await orNotFound(mentorsApi(api, service).removal({ schoolId, mentorId }));
  return json({ service, schoolId, ...removal });
}

export async function removeMentorAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  const mentorId = idParam(params, "mentorId");
  const api = await callerFor(request, context.requestId);
  try {
    await mentorsApi(api, service).remove({ schoolId, mentorId });
  } catch (error) {
    // Became part of an active claim (or a placement) since the page was shown: the page now explains why.
    if (formErrorsFromTrpc(error)) return redirect(new URL(request.url).pathname, 303);
    throwHttpError(error);
  }
  return redirectWithBanner(request, mentorsPath(service, schoolId), { heading: MENTOR_TEXTS[service].removedBanner });
}

// Add mentor wizard ----------------------------------------------------------------------------------------------

export const MENTOR_STEP = "mentor";
export const NO_RESULTS_STEP = "no-results";

type Lookup = { found: false } | { found: true; firstName: string; lastName: string };
export type AddMentorState = { trn?: string; dateOfBirth?: string; lookup?: Lookup };

function addMentorWizard(service: MentorService, schoolId: string): WizardDefinition<AddMentorState> {
  return {
    journey: `${service}-add-mentor:${schoolId}`,
    steps: (state) =>
      state.lookup && !state.lookup.found ? [MENTOR_STEP, NO_RESULTS_STEP] : [MENTOR_STEP, CHECK_STEP],
    isComplete: (step, state) =>
      step === MENTOR_STEP ? Boolean(state.trn && state.dateOfBirth && state.lookup) : false,
  };
}

async function guardSchool(request: Request, service: MentorService, schoolId: string, requestId?: string) {
  const api = await callerFor(request, requestId);
  // The school guard: no wizard for a school you cannot see.
  await schoolOf(api, service, schoolId);
  return api;
}

export async function addMentorStartLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  await guardSchool(request, service, schoolId, context.requestId);
  return startWizard(request, addMentorWizard(service, schoolId), `${mentorsPath(service, schoolId)}/new`);
}

export async function addMentorStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  await guardSchool(request, service, schoolId, context.requestId);
  const base = mentorsPath(service, schoolId);
  const wizard = await openWizard(request, addMentorWizard(service, schoolId), `${base}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const { state } = wizard;
  return json({
    service,
    step,
    trn: state.trn ?? "",
    dateOfBirth: datePartsOf(state.dateOfBirth),
    dateOfBirthIso: state.dateOfBirth ?? null,
    mentor: state.lookup?.found ? { firstName: state.lookup.firstName, lastName: state.lookup.lastName } : null,
    noResultsHeading: state.trn ? MENTOR_MESSAGES.noResults(state.trn) : "",
    backHref: wizard.backHref(step, request, base),
    cancelHref: base,
    mentorStepHref: wizard.stepPath(MENTOR_STEP),
    changeHref: wizard.stepPath(MENTOR_STEP, { change: true }),
  });
}

export async function addMentorStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const service = serviceOf(request);
  const schoolId = idParam(params, "schoolId");
  const api = await guardSchool(request, service, schoolId, context.requestId);
  const base = mentorsPath(service, schoolId);
  const wizard = await openWizard(request, addMentorWizard(service, schoolId), `${base}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);

  if (step === MENTOR_STEP) {
    const values = formValues(form);
    const parsed = parseWith(MentorLookupFormSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    let lookup: Lookup;
    try {
      const result = await mentorsApi(api, service).lookup({ schoolId, ...parsed.data });
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
      mentor = await mentorsApi(api, service).add({ schoolId, trn, dateOfBirth });
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
    return redirectWithBanner(request, base, {
      heading: "Mentor added",
      body: MENTOR_TEXTS[service].addedBody(`${mentor.firstName} ${mentor.lastName}`),
    });
  }
  throw new Response("Not found", { status: 404 });
}
