import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  APPETITES,
  APPETITE_LABELS,
  OTHER_REASON,
  REASONS_NOT_HOSTING,
  AppetiteStepSchema,
  NoteToProvidersSchema,
  QUANTITY_MAX,
  ReasonsNotHostingSchema,
} from "#server/placements/hosting-interest/hosting-interest.schema.ts";
import { SchoolContactSchema } from "#server/placements/school-contact/school-contact.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";
import {
  CHECK,
  STEP,
  UNKNOWN,
  isMaybe,
  parseLanguagesStep,
  planFromPotential,
  planPhases,
  planStepComplete,
  planSteps,
  plannedPlacements,
  potentialDetails,
  type PlanMode,
  type PlanState,
} from "./placement-plan";

type Args = LoaderFunctionArgs | ActionFunctionArgs;
const schoolPath = (schoolId: string) => `/placements/schools/${schoolId}`;
const listPath = (schoolId: string) => `${schoolPath(schoolId)}/placements`;

const BASE: Record<PlanMode, string> = {
  add: "hosting-interest/new",
  edit: "hosting-interest/edit",
  bulk: "placements/multiple",
  convert: "potential-placements/convert",
};

function definition(mode: PlanMode, schoolId: string): WizardDefinition<PlanState> {
  return { journey: `placements-plan-${mode}:${schoolId}`, steps: planSteps, isComplete: planStepComplete };
}

/** The mode comes from the URL (…/hosting-interest/new/…, …/placements/multiple/…). */
function modeOf(request: Request): PlanMode {
  const path = new URL(request.url).pathname;
  const mode = (Object.keys(BASE) as PlanMode[]).find((m) => path.includes(`/${BASE[m]}/`));
  if (!mode) throw new Response("Not found", { status: 404 });
  return mode;
}

async function context(args: Args) {
  await requireSession(args.request);
  const schoolId = idParam(args.params, "schoolId");
  const api = await callerFor(args.request, args.context.requestId);
  return { schoolId, api };
}

type Api = Awaited<ReturnType<typeof callerFor>>;

async function baseState(api: Api, schoolId: string, mode: PlanMode): Promise<PlanState> {
  const options = await orNotFound(api.placements.schoolPlacement.options({ schoolId }));
  return {
    mode,
    schoolPhases: options.phases,
    subjectsWithChildren: options.subjects.filter((s) => s.children.length > 0).map((s) => s.id),
  };
}

async function start(
  args: Args,
  mode: PlanMode,
  build: (api: Api, schoolId: string, base: PlanState) => Promise<PlanState | Response>,
) {
  const { schoolId, api } = await context(args);
  const initial = await build(api, schoolId, await baseState(api, schoolId, mode));
  if (initial instanceof Response) return initial;
  return startWizard(args.request, definition(mode, schoolId), `${schoolPath(schoolId)}/${BASE[mode]}`, initial);
}

/** GET …/hosting-interest/new: only while the school has no hosting interest for the year. */
export function addHostingInterestStartLoader(args: LoaderFunctionArgs) {
  return start(args, "add", async (api, schoolId, base) => {
    const current = await orNotFound(api.placements.hostingInterest.get({ schoolId }));
    if (current.interest) return redirect(listPath(schoolId));
    return base;
  });
}

/** GET …/hosting-interest/edit: "unable to change" while a provider is assigned to a placement of the year. */
export function editHostingInterestStartLoader(args: LoaderFunctionArgs) {
  return start(args, "edit", async (api, schoolId, base) => {
    const current = await orNotFound(api.placements.hostingInterest.get({ schoolId }));
    if (!current.interest) return redirect(`${schoolPath(schoolId)}/hosting-interest/new`);
    if (current.placements.assigned > 0) return redirect(`${schoolPath(schoolId)}/hosting-interest/unable-to-change`);
    // The current answer is pre-filled (Yes starts a new plan: the placements it adds come on top).
    const appetite = APPETITES.find((a) => a === current.interest?.appetite);
    const reasons = appetite === "not_open" ? current.interest.reasons : undefined;
    return {
      ...base,
      expectedAppetite: current.interest.appetite,
      appetite,
      reasons: reasons?.length ? reasons : undefined,
      otherReason: current.interest.otherReason ?? undefined,
    };
  });
}

/** GET …/placements/multiple: bulk add (needs the ITT placement contact, like a single placement). */
export function bulkAddStartLoader(args: LoaderFunctionArgs) {
  return start(args, "bulk", async (api, schoolId, base) => {
    const current = await orNotFound(api.placements.hostingInterest.get({ schoolId }));
    if (!current.contact) return redirect(listPath(schoolId));
    return { ...base, appetite: "actively_looking" };
  });
}

/** GET …/potential-placements/convert: the bulk steps, pre-filled from the "Maybe" details. */
export function convertStartLoader(args: LoaderFunctionArgs) {
  return start(args, "convert", async (api, schoolId, base) => {
    const current = await orNotFound(api.placements.hostingInterest.get({ schoolId }));
    if (current.interest?.appetite !== "interested") return redirect(listPath(schoolId));
    return planFromPotential({ ...base, appetite: "actively_looking" }, current.potential);
  });
}

async function open(args: Args) {
  const { schoolId, api } = await context(args);
  const mode = modeOf(args.request);
  const wizard = await openWizard(
    args.request,
    definition(mode, schoolId),
    `${schoolPath(schoolId)}/${BASE[mode]}`,
    args.params.key,
  );
  const step = args.params.step ?? "";
  wizard.assertReachable(step);
  return { schoolId, api, mode, wizard, step };
}

export async function planStepLoader(args: LoaderFunctionArgs) {
  const { schoolId, api, mode, wizard, step } = await open(args);
  const [options, current] = await Promise.all([
    orNotFound(api.placements.schoolPlacement.options({ schoolId })),
    orNotFound(api.placements.hostingInterest.get({ schoolId })),
  ]);
  const nearby =
    step === STEP.help ? await orNotFound(api.placements.hostingInterest.nearestProviders({ schoolId })) : [];
  const s = wizard.state;
  return json({
    mode,
    step,
    state: s,
    phases: planPhases(s),
    placements: plannedPlacements(s, primarySubjectId(options.subjects)),
    options,
    contact: s.contact ?? (current.contact ? { ...current.contact, email: current.contact.emailAddress } : null),
    current: { appetite: current.interest?.appetite ?? null, unassigned: current.placements.unassigned },
    nearby,
    languages: parseLanguagesStep(step),
    labels: {
      appetites: APPETITE_LABELS,
      reasons: REASONS_NOT_HOSTING,
      other: OTHER_REASON,
      quantityMax: QUANTITY_MAX,
    },
    backHref: wizard.backHref(step, args.request, listPath(schoolId)),
    cancelHref: listPath(schoolId),
    changeHrefs: Object.fromEntries(
      wizard.steps.filter((x) => x !== CHECK).map((x) => [x, wizard.stepPath(x, { change: true })]),
    ) as Record<string, string>,
  });
}

function primarySubjectId(subjects: { id: string; name: string; area: string }[]) {
  const primary = subjects.filter((s) => s.area === "primary");
  return (primary.find((s) => s.name === "Primary") ?? primary[0])?.id;
}

/** Checkbox values; an exclusive "none" box (I don't know) wins over the others. */
function checked(form: FormData, name: string, none?: string) {
  const values = form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
  return none && values.includes(none) ? [none] : [...new Set(values)];
}

/** Quantities are whole numbers from 1 to 20; "Maybe" may leave one blank (not known yet). */
function quantities(form: FormData, ids: string[], optional: boolean, labels: Record<string, string>) {
  const counts: Record<string, number | null> = {};
  const errors: Record<string, string> = {};
  for (const id of ids) {
    const raw = String(form.get(`quantity-${id}`) ?? "").trim();
    if (raw === "" && optional) {
      counts[id] = null;
      continue;
    }
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < 1 || n > QUANTITY_MAX) {
      errors[`quantity-${id}`] = `${labels[id] ?? "Quantity"} must be a whole number between 1 and ${QUANTITY_MAX}`;
    } else counts[id] = n;
  }
  return { counts, errors };
}

export async function planStepAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const { schoolId, api, mode, wizard, step } = await open(args);
  const request = args.request;
  const values = formValues(form);
  const s = wizard.state;
  // Re-shown checkbox groups keep what was ticked (formValues keeps one value per name).
  const posted = Object.fromEntries(
    ["phases", "yearGroups", "subjectIds", "keyStageIds", "reasons", "additionalSubjectIds"]
      .filter((name) => form.has(name))
      .map((name) => [name, checked(form, name)]),
  );
  const invalid = (errors: Record<string, string>) => wizard.invalid(request, errors, { ...values, ...posted });
  const options = await orNotFound(api.placements.schoolPlacement.options({ schoolId }));
  const allow = (list: string[], allowed: string[], maybe: boolean) =>
    list.every((x) => allowed.includes(x) || (maybe && x === UNKNOWN));
  const maybe = isMaybe(s);

  const languages = parseLanguagesStep(step);
  if (languages) {
    const subject = options.subjects.find((x) => x.id === languages.subjectId);
    const picked = checked(form, "additionalSubjectIds");
    if (
      !picked.length ||
      !subject ||
      !allow(
        picked,
        subject.children.map((c) => c.id),
        false,
      )
    ) {
      return invalid({ additionalSubjectIds: "Select a language" });
    }
    return wizard.saveAndContinue(request, step, { languages: { ...s.languages, [languages.key]: picked } });
  }

  switch (step) {
    case STEP.appetite: {
      const parsed = parseWith(AppetiteStepSchema, values);
      if (!parsed.ok) return invalid(parsed.errors);
      return wizard.saveAndContinue(request, step, { appetite: parsed.data.appetite });
    }
    case STEP.phase: {
      const phases = checked(form, "phases", maybe ? UNKNOWN : undefined);
      if (!phases.length || !allow(phases, s.schoolPhases, maybe)) return invalid({ phases: "Select a phase" });
      return wizard.saveAndContinue(request, step, { phases });
    }
    case STEP.yearGroups: {
      const list = checked(form, "yearGroups", maybe ? UNKNOWN : undefined);
      if (
        !list.length ||
        !allow(
          list,
          options.yearGroups.map((y) => y.value),
          maybe,
        )
      ) {
        return invalid({ yearGroups: "Select a year group" });
      }
      return wizard.saveAndContinue(request, step, { yearGroups: list, yearGroupCounts: undefined });
    }
    case STEP.subjects: {
      const list = checked(form, "subjectIds", maybe ? UNKNOWN : undefined);
      const secondary = options.subjects.filter((x) => x.area === "secondary").map((x) => x.id);
      if (!list.length || !allow(list, secondary, maybe)) return invalid({ subjectIds: "Select a subject" });
      return wizard.saveAndContinue(request, step, {
        subjectIds: list,
        subjectCounts: undefined,
        languages: undefined,
      });
    }
    case STEP.keyStages: {
      const list = checked(form, "keyStageIds", maybe ? UNKNOWN : undefined);
      if (
        !list.length ||
        !allow(
          list,
          options.keyStages.map((k) => k.id),
          maybe,
        )
      ) {
        return invalid({ keyStageIds: "Select a key stage" });
      }
      return wizard.saveAndContinue(request, step, { keyStageIds: list, keyStageCounts: undefined });
    }
    case STEP.yearGroupQuantities: {
      const labels = Object.fromEntries(options.yearGroups.map((y) => [y.value, y.text]));
      const q = quantities(form, s.yearGroups ?? [], maybe, labels);
      if (Object.keys(q.errors).length) return invalid(q.errors);
      return wizard.saveAndContinue(request, step, { yearGroupCounts: q.counts });
    }
    case STEP.subjectQuantities: {
      const labels = Object.fromEntries(options.subjects.map((x) => [x.id, x.name]));
      const q = quantities(form, s.subjectIds ?? [], maybe, labels);
      if (Object.keys(q.errors).length) return invalid(q.errors);
      return wizard.saveAndContinue(request, step, { subjectCounts: q.counts });
    }
    case STEP.keyStageQuantities: {
      const labels = Object.fromEntries(options.keyStages.map((k) => [k.id, k.name]));
      const q = quantities(form, s.keyStageIds ?? [], maybe, labels);
      if (Object.keys(q.errors).length) return invalid(q.errors);
      return wizard.saveAndContinue(request, step, { keyStageCounts: q.counts });
    }
    case STEP.note: {
      const parsed = parseWith(NoteToProvidersSchema, values);
      if (!parsed.ok) return invalid(parsed.errors);
      return wizard.saveAndContinue(request, step, { note: parsed.data.note });
    }
    case STEP.reasons: {
      const parsed = parseWith(ReasonsNotHostingSchema, {
        reasons: checked(form, "reasons"),
        otherReason: values.otherReason || undefined,
      });
      if (!parsed.ok) return invalid(parsed.errors);
      return wizard.saveAndContinue(request, step, parsed.data);
    }
    case STEP.help:
      return wizard.saveAndContinue(request, step, { helpSeen: true });
    case STEP.contact: {
      const parsed = parseWith(SchoolContactSchema, values);
      if (!parsed.ok) return invalid(parsed.errors);
      return wizard.saveAndContinue(request, step, { contact: parsed.data });
    }
  }
  return finish({ request, schoolId, api, mode, s, wizard, primaryId: primarySubjectId(options.subjects) });
}

async function finish({
  request,
  schoolId,
  api,
  mode,
  s,
  wizard,
  primaryId,
}: {
  request: Request;
  schoolId: string;
  api: Api;
  mode: PlanMode;
  s: PlanState;
  wizard: { finish(): Promise<void> };
  primaryId: string | undefined;
}) {
  const appetite = mode === "bulk" || mode === "convert" ? "actively_looking" : s.appetite!;
  const branch =
    appetite === "actively_looking"
      ? { appetite, placements: plannedPlacements(s, primaryId) }
      : appetite === "interested"
        ? { appetite, potential: potentialDetails(s) }
        : { appetite, reasons: s.reasons ?? [], otherReason: s.otherReason };
  let to = listPath(schoolId);
  let banner: { heading: string; body?: string } | null = null;
  try {
    if (mode === "add") {
      await api.placements.hostingInterest.record({ schoolId, ...branch, contact: s.contact! } as never);
      if (appetite === "not_open") {
        banner = {
          heading: "Your profile has been updated",
          body: "You can change your profile in settings if your circumstances change.",
        };
      } else to = `${schoolPath(schoolId)}/hosting-interest/whats-next`;
    } else if (mode === "edit") {
      await api.placements.hostingInterest.change({
        schoolId,
        ...branch,
        expectedAppetite: s.expectedAppetite ?? null,
      } as never);
      banner = { heading: "Placement availability updated" };
      if (appetite !== "not_open") to = `${schoolPath(schoolId)}/hosting-interest/whats-next`;
    } else if (mode === "bulk") {
      await api.placements.schoolPlacement.bulkCreate({
        schoolId,
        placements: plannedPlacements(s, primaryId) as never,
      });
      banner = { heading: "Placements added", body: "Providers cannot see them until you publish them." };
    } else {
      await api.placements.hostingInterest.convert({ schoolId, placements: plannedPlacements(s, primaryId) as never });
      banner = { heading: "Placements added", body: "Providers cannot see them until you publish them." };
    }
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
  await wizard.finish();
  return banner ? redirectWithBanner(request, to, banner) : redirect(to, 303);
}
