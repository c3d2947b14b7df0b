import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  AdditionalSubjectsStepSchema,
  KeyStageStepSchema,
  MentorsStepSchema,
  PhaseStepSchema,
  PlacementDetailsSchema,
  SubjectStepSchema,
  TermsStepSchema,
  YearGroupStepSchema,
  type Phase,
} from "#server/placements/school-placement/school-placement.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/**
 * Add placement: [phase] → subject → [languages] → year group (primary) or key stage (SEND) → terms →
 * [mentors] → check your answers. The answers are checked again by the procedure; it creates a draft.
 */
export type AddPlacementState = {
  phases: Phase[];
  subjectsWithChildren: string[];
  hasMentors: boolean;
  phase?: Phase;
  subjectId?: string;
  additionalSubjectIds?: string[];
  yearGroup?: string;
  keyStageId?: string;
  termIds?: string[];
  mentorIds?: string[];
};

export const STEPS = {
  phase: "phase",
  subject: "subject",
  additionalSubjects: "languages",
  yearGroup: "year-group",
  keyStage: "key-stage",
  terms: "terms",
  mentors: "mentors",
} as const;

function steps(s: AddPlacementState): string[] {
  const list: string[] = [];
  if (s.phases.length > 1) list.push(STEPS.phase);
  const phase = s.phase ?? (s.phases.length === 1 ? s.phases[0] : undefined);
  if (phase !== "send") {
    list.push(STEPS.subject);
    if (s.subjectId && s.subjectsWithChildren.includes(s.subjectId)) list.push(STEPS.additionalSubjects);
  }
  if (phase === "primary") list.push(STEPS.yearGroup);
  if (phase === "send") list.push(STEPS.keyStage);
  list.push(STEPS.terms);
  if (s.hasMentors) list.push(STEPS.mentors);
  list.push(CHECK_STEP);
  return list;
}

function isComplete(step: string, s: AddPlacementState) {
  switch (step) {
    case STEPS.phase:
      return Boolean(s.phase);
    case STEPS.subject:
      return Boolean(s.subjectId);
    case STEPS.additionalSubjects:
      return Boolean(s.additionalSubjectIds?.length);
    case STEPS.yearGroup:
      return Boolean(s.yearGroup);
    case STEPS.keyStage:
      return Boolean(s.keyStageId);
    case STEPS.terms:
      return s.termIds !== undefined;
    case STEPS.mentors:
      return s.mentorIds !== undefined;
    default:
      return false;
  }
}

function addPlacementWizard(schoolId: string): WizardDefinition<AddPlacementState> {
  return { journey: `placements-add-placement:${schoolId}`, steps, isComplete };
}

const listPath = (schoolId: string) => `/placements/schools/${schoolId}/placements`;
const basePath = (schoolId: string) => `${listPath(schoolId)}/new`;

async function optionsFor(request: Request, context: { requestId?: string }, schoolId: string) {
  const api = await callerFor(request, context.requestId);
  return { api, options: await orNotFound(api.placements.schoolPlacement.options({ schoolId })) };
}

/** GET …/placements/new: needs the ITT placement contact (the list page explains that). */
export async function addPlacementStartLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const { options } = await optionsFor(request, context, schoolId);
  if (!options.hasContact) throw redirect(listPath(schoolId));
  const initial: AddPlacementState = {
    phases: options.phases,
    subjectsWithChildren: options.subjects.filter((s) => s.children.length > 0).map((s) => s.id),
    hasMentors: options.mentors.length > 0,
    phase: options.phases.length === 1 ? options.phases[0] : undefined,
  };
  return startWizard(request, addPlacementWizard(schoolId), basePath(schoolId), initial);
}

export async function addPlacementStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const schoolId = idParam(params, "schoolId");
  const { options } = await optionsFor(request, context, schoolId);
  const wizard = await openWizard(request, addPlacementWizard(schoolId), basePath(schoolId), params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const s = wizard.state;
  const subject = options.subjects.find((x) => x.id === s.subjectId);
  return json({
    step,
    state: s,
    options,
    subject: subject ? { name: subject.name, children: subject.children } : null,
    backHref: wizard.backHref(step, request, listPath(schoolId)),
    cancelHref: listPath(schoolId),
    changeHrefs: Object.fromEntries(
      wizard.steps.filter((x) => x !== CHECK_STEP).map((x) => [x, wizard.stepPath(x, { change: true })]),
    ) as Record<string, string>,
  });
}

/** Checkbox groups post one value per box; "any" / "not known" (exclusive boxes) mean none. */
function checked(form: FormData, name: string, none: string) {
  const values = form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return values.includes(none) ? { values: [] as string[], answered: true } : { values, answered: values.length > 0 };
}

export async function addPlacementStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const schoolId = idParam(params, "schoolId");
  const wizard = await openWizard(request, addPlacementWizard(schoolId), basePath(schoolId), params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const values = formValues(form);
  const save = <T extends object>(result: { ok: true; data: T } | { ok: false; errors: Record<string, string> }) =>
    result.ok ? wizard.saveAndContinue(request, step, result.data) : wizard.invalid(request, result.errors, values);

  switch (step) {
    case STEPS.phase: {
      const parsed = parseWith(PhaseStepSchema, values);
      if (!parsed.ok || !wizard.state.phases.includes(parsed.data.phase)) {
        return wizard.invalid(request, { phase: "Select a phase" }, values);
      }
      // A new phase starts the subject, year group and key stage answers again.
      const changed = parsed.data.phase !== wizard.state.phase;
      return wizard.saveAndContinue(request, step, {
        phase: parsed.data.phase,
        ...(changed
          ? { subjectId: undefined, additionalSubjectIds: undefined, yearGroup: undefined, keyStageId: undefined }
          : {}),
      });
    }
    case STEPS.subject: {
      const parsed = parseWith(SubjectStepSchema, values);
      if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
      const changed = parsed.data.subjectId !== wizard.state.subjectId;
      return wizard.saveAndContinue(request, step, {
        subjectId: parsed.data.subjectId,
        ...(changed ? { additionalSubjectIds: undefined } : {}),
      });
    }
    case STEPS.additionalSubjects: {
      const { values: ids } = checked(form, "additionalSubjectIds", "");
      return save(parseWith(AdditionalSubjectsStepSchema, { additionalSubjectIds: ids }));
    }
    case STEPS.yearGroup:
      return save(parseWith(YearGroupStepSchema, values));
    case STEPS.keyStage:
      return save(parseWith(KeyStageStepSchema, values));
    case STEPS.terms: {
      const terms = checked(form, "termIds", "any");
      if (!terms.answered) return wizard.invalid(request, { termIds: "Select when the placement could be" }, values);
      return save(parseWith(TermsStepSchema, { termIds: terms.values }));
    }
    case STEPS.mentors: {
      const mentors = checked(form, "mentorIds", "not_known");
      if (!mentors.answered) return wizard.invalid(request, { mentorIds: "Select a mentor or not yet known" }, values);
      return save(parseWith(MentorsStepSchema, { mentorIds: mentors.values }));
    }
  }

  // Check your answers: create the draft.
  const s = wizard.state;
  const parsed = parseWith(PlacementDetailsSchema, {
    phase: s.phase,
    subjectId: s.subjectId,
    additionalSubjectIds: s.additionalSubjectIds ?? [],
    yearGroup: s.yearGroup,
    keyStageId: s.keyStageId,
    termIds: s.termIds ?? [],
    mentorIds: s.mentorIds ?? [],
  });
  if (!parsed.ok) return redirectWithErrors(request, parsed.errors, {});
  const api = await callerFor(request, context.requestId);
  let placement: { id: string };
  try {
    placement = await api.placements.schoolPlacement.create({ schoolId, ...parsed.data });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
  await wizard.finish();
  return redirectWithBanner(request, `${listPath(schoolId)}/${placement.id}`, {
    heading: "Placement added",
    body: "Providers cannot see it until you publish it.",
  });
}
