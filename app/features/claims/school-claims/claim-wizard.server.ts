import { randomUUID } from "node:crypto";
import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import {
  ConfirmationForm,
  ProviderOptionForm,
  ProviderSearchForm,
  parseHoursAnswer,
} from "#server/claims/claim/claim.schema.ts";
import { HoursNoLongerAvailableError } from "#server/claims/claim/claim-locks.ts";
import { ConflictError } from "#server/errors.ts";
import { readForm, formValues } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type Wizard, type WizardDefinition } from "~/lib/wizard.server";
import { exactProviderMatch, providerFromOptions, providerStepData } from "./provider-steps.server";

/** Add claim / edit claim wizard. One definition; the mode decides the finish. */
export type ClaimWizardState = {
  mode: "add" | "edit";
  isSupport: boolean;
  claimId?: string;
  version?: number;
  claimStatus?: string;
  providerQuery?: string;
  /** The search needed the options step (no exact match). */
  providerOptions?: boolean;
  providerId?: string;
  providerName?: string;
  noMentors?: boolean;
  mentorIds?: string[];
  hours?: Record<string, number>;
  hoursChoice?: Record<string, "maximum" | "custom">;
  confirmed?: boolean;
  /** Hidden input of check your answers; for a new claim it becomes the claim's id (one claim per key). */
  idempotencyKey?: string;
  doneClaimId?: string;
};

const HOURS_PREFIX = "hours-";

export const claimWizard: WizardDefinition<ClaimWizardState> = {
  journey: "claims.claim",
  steps(state) {
    const steps = ["provider"];
    if (state.providerOptions) steps.push("provider-options");
    if (state.noMentors) return [...steps, "no-mentors"];
    steps.push("mentors");
    for (const id of state.mentorIds ?? []) steps.push(`${HOURS_PREFIX}${id}`);
    if (state.mode === "add" && !state.isSupport) steps.push("confirmation");
    steps.push(CHECK_STEP);
    return steps;
  },
  isComplete(step, state) {
    if (step === "provider") return Boolean(state.providerId) || Boolean(state.providerQuery && state.providerOptions);
    if (step === "provider-options") return Boolean(state.providerId);
    if (step === "mentors") return (state.mentorIds?.length ?? 0) > 0;
    if (step.startsWith(HOURS_PREFIX)) return (state.hours?.[step.slice(HOURS_PREFIX.length)] ?? 0) > 0;
    if (step === "confirmation") return state.confirmed === true;
    return false;
  },
};

function paths(params: LoaderFunctionArgs["params"]) {
  const schoolId = idParam(params, "schoolId");
  const claimId = params.claimId ? idParam(params, "claimId") : null;
  const claims = `/claims/schools/${schoolId}/claims`;
  const base = claimId ? `${claims}/${claimId}/edit` : `${claims}/new`;
  return { schoolId, claimId, claims, base };
}

// ---------------------------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------------------------

/** GET …/claims/new: only when a window is current and the school is eligible. */
export async function startAddClaimLoader({ request, params, context }: LoaderFunctionArgs) {
  const { schoolId, base } = paths(params);
  const session = await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const window = await orNotFound(api.claims.claim.newClaimContext({ schoolId }));
  if (!window) throw new Response("Not found", { status: 404 });
  return startWizard<ClaimWizardState>(request, claimWizard, base, {
    mode: "add",
    isSupport: session.user.isSupport,
    idempotencyKey: randomUUID(),
  });
}

/** The edit wizard's answers as the claim stands in the database now. */
async function answersFromRecord(api: Awaited<ReturnType<typeof callerFor>>, schoolId: string, claimId: string) {
  const claim = await orNotFound(api.claims.claim.forEditing({ schoolId, claimId }));
  const provider = claim.providerId
    ? await orNotFound(api.claims.claim.provider({ schoolId, providerId: claim.providerId })).catch(() => null)
    : null;
  return {
    claimId: claim.claimId,
    version: claim.version,
    claimStatus: claim.status,
    providerId: provider?.id,
    providerName: provider?.name,
    providerQuery: provider?.name,
    providerOptions: false,
    mentorIds: claim.mentors.map((m) => m.mentorId),
    hours: Object.fromEntries(claim.mentors.map((m) => [m.mentorId, m.hours])),
    hoursChoice: {},
    idempotencyKey: randomUUID(),
  } satisfies Partial<ClaimWizardState>;
}

const EDIT_START_STEPS = /^(provider|mentors|hours-[0-9a-f-]{36}|check-your-answers)$/;

/** GET …/claims/:claimId/edit[?step=]: the wizard preloaded from the record. */
export async function startEditClaimLoader({ request, params, context }: LoaderFunctionArgs) {
  const { schoolId, claimId, base } = paths(params);
  const session = await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const state: ClaimWizardState = {
    mode: "edit",
    isSupport: session.user.isSupport,
    ...(await answersFromRecord(api, schoolId, claimId!)),
  };
  const requested = new URL(request.url).searchParams.get("step") ?? CHECK_STEP;
  const step =
    EDIT_START_STEPS.test(requested) && claimWizard.steps(state).includes(requested) ? requested : CHECK_STEP;
  const started = await startWizard(request, claimWizard, base, state, step);
  const location = started.headers.get("Location")!;
  return redirect(step === CHECK_STEP ? location : `${location}?change=1`, 303);
}

// ---------------------------------------------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------------------------------------------

async function open(args: LoaderFunctionArgs) {
  const { schoolId, claimId, claims, base } = paths(args.params);
  const api = await callerFor(args.request, args.context.requestId);
  const school = await orNotFound(api.claims.school.byId({ schoolId }));
  const wizard = await openWizard<ClaimWizardState>(args.request, claimWizard, base, args.params.key);
  if (claimId && wizard.state.claimId !== claimId) throw new Response("Not found", { status: 404 });
  const step = args.params.step ?? "";
  return { api, school, wizard, step, schoolId, claimId, claims };
}

type Opened = Awaited<ReturnType<typeof open>>;

async function claimable({ api, schoolId, wizard }: Opened, providerId: string) {
  return orNotFound(
    api.claims.claim.claimableMentors({
      schoolId,
      providerId,
      claimId: wizard.state.mode === "edit" ? wizard.state.claimId : undefined,
    }),
  );
}

/** Choosing a provider decides whether any mentor can be claimed for; a new provider clears mentors. */
async function providerPatch(
  o: Opened,
  provider: { id: string; name: string },
  options: boolean,
): Promise<Partial<ClaimWizardState>> {
  const mentors = await claimable(o, provider.id);
  const same = o.wizard.state.providerId === provider.id;
  const keep = same ? (o.wizard.state.mentorIds ?? []).filter((id) => mentors.some((m) => m.id === id)) : [];
  return {
    providerId: provider.id,
    providerName: provider.name,
    providerOptions: options,
    noMentors: mentors.length === 0,
    mentorIds: keep,
    hours: Object.fromEntries(keep.map((id) => [id, o.wizard.state.hours?.[id] ?? 0]).filter(([, h]) => Number(h) > 0)),
  };
}

export async function claimWizardLoader(args: LoaderFunctionArgs) {
  const o = await open(args);
  const { wizard, step, school, claims } = o;
  wizard.assertReachable(step);
  const state = wizard.state;
  const backHref = wizard.backHref(step, args.request, state.mode === "edit" ? `${claims}/${state.claimId}` : claims);
  const cancelHref = state.mode === "edit" ? `${claims}/${state.claimId}` : claims;
  const common = {
    step,
    mode: state.mode,
    isSupport: state.isSupport,
    schoolName: school.name,
    backHref,
    cancelHref,
    action: `${wizard.stepPath(step)}${new URL(args.request.url).search}`,
    providerName: state.providerName ?? null,
  };
  const providerStep = await providerStepData(o.api, o.schoolId, wizard, step);
  if (providerStep) return json({ ...common, ...providerStep });
  if (step === "no-mentors") {
    return json({ ...common, view: "no-mentors" as const, changeProviderHref: wizard.stepPath("provider") });
  }
  const mentors = await claimable(o, state.providerId!);
  if (step === "mentors") {
    return json({
      ...common,
      view: "mentors" as const,
      mentors: mentors.map((m) => ({ id: m.id, name: m.name })),
      selected: state.mentorIds ?? [],
    });
  }
  if (step.startsWith(HOURS_PREFIX)) {
    const mentorId = step.slice(HOURS_PREFIX.length);
    const mentor = mentors.find((m) => m.id === mentorId);
    if (!mentor) throw redirect(wizard.stepPath("mentors"), 303);
    const hours = state.hours?.[mentorId];
    const choice =
      state.hoursChoice?.[mentorId] ??
      (hours ? (hours === mentor.allowance.remaining ? "maximum" : "custom") : undefined);
    return json({
      ...common,
      view: "hours" as const,
      mentor: { id: mentor.id, name: mentor.name, trn: mentor.trn },
      remaining: mentor.allowance.remaining,
      total: mentor.allowance.total,
      trainingType: mentor.allowance.trainingType,
      choice: choice ?? null,
      customHours: choice === "custom" && hours ? String(hours) : "",
    });
  }
  if (step === "confirmation")
    return json({ ...common, view: "confirmation" as const, confirmed: Boolean(state.confirmed) });
  // check your answers
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const rows = (state.mentorIds ?? []).map((id) => ({
    id,
    name: byId.get(id)?.name ?? "Mentor no longer available",
    hours: state.hours?.[id] ?? 0,
    changeHref: wizard.stepPath(`${HOURS_PREFIX}${id}`, { change: true }),
  }));
  const quote = await orNotFound(o.api.claims.claim.quote({ schoolId: o.schoolId, hours: rows.map((r) => r.hours) }));
  const window =
    state.mode === "add" ? await orNotFound(o.api.claims.claim.newClaimContext({ schoolId: o.schoolId })) : null;
  const academicYearName =
    state.mode === "add"
      ? (window?.academicYear.name ?? null)
      : ((await orNotFound(o.api.claims.claim.byId({ schoolId: o.schoolId, claimId: state.claimId! })))
          .academicYearName ?? null);
  return json({
    ...common,
    view: "check" as const,
    academicYearName,
    mentors: rows,
    totalHours: quote.totalHours,
    ratePence: quote.ratePence,
    amountPence: quote.amountPence,
    idempotencyKey: state.idempotencyKey ?? "",
    claimStatus: state.claimStatus ?? null,
    changeProviderHref: wizard.stepPath("provider", { change: true }),
    changeMentorsHref: wizard.stepPath("mentors", { change: true }),
  });
}

export type ClaimWizardData = Awaited<ReturnType<typeof claimWizardLoader>>;

export async function claimWizardAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const values = formValues(form);
  const o = await open(args);
  const { wizard, step, request } = { ...o, request: args.request };
  wizard.assertReachable(step);

  if (step === "provider") {
    const parsed = parseWith(ProviderSearchForm, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const query = parsed.data.providerQuery;
    const exact = await exactProviderMatch(o.api, o.schoolId, query, values);
    if (exact)
      return wizard.saveAndContinue(request, step, { providerQuery: query, ...(await providerPatch(o, exact, false)) });
    return wizard.saveAndContinue(request, step, {
      providerQuery: query,
      providerOptions: true,
      providerId: undefined,
    });
  }

  if (step === "provider-options") {
    const parsed = parseWith(ProviderOptionForm, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const chosen = await providerFromOptions(
      o.api,
      o.schoolId,
      wizard.state.providerQuery ?? "",
      parsed.data.providerId,
    );
    if (!chosen) return wizard.invalid(request, { providerId: "Select the accredited provider" }, values);
    return wizard.saveAndContinue(request, step, await providerPatch(o, chosen, true));
  }

  if (step === "mentors") {
    const mentors = await claimable(o, wizard.state.providerId!);
    const chosen = new Set(form.getAll("mentorIds").map(String));
    const mentorIds = mentors.filter((m) => chosen.has(m.id)).map((m) => m.id);
    if (mentorIds.length === 0) return wizard.invalid(request, { mentorIds: "Select a mentor" }, values);
    const hours = Object.fromEntries(
      mentorIds.filter((id) => wizard.state.hours?.[id]).map((id) => [id, wizard.state.hours![id]]),
    );
    return wizard.saveAndContinue(request, step, { mentorIds, hours });
  }

  if (step.startsWith(HOURS_PREFIX)) {
    const mentorId = step.slice(HOURS_PREFIX.length);
    const mentor = (await claimable(o, wizard.state.providerId!)).find((m) => m.id === mentorId);
    if (!mentor) return redirect(wizard.stepPath("mentors"), 303);
    const answer = parseHoursAnswer(values, mentor.allowance.remaining);
    if (!answer.ok) return wizard.invalid(request, answer.errors, values);
    return wizard.saveAndContinue(request, step, {
      hours: { ...wizard.state.hours, [mentorId]: answer.hours },
      hoursChoice: { ...wizard.state.hoursChoice, [mentorId]: answer.choice },
    });
  }

  if (step === "confirmation") {
    const parsed = parseWith(ConfirmationForm, values);
    if (!parsed.ok)
      return wizard.invalid(
        request,
        { confirmed: "Confirm that you have agreed the number of hours with the accredited provider" },
        values,
      );
    return wizard.saveAndContinue(request, step, { confirmed: true });
  }

  if (step === CHECK_STEP) return finish(o, request, values);
  throw new Response("Not found", { status: 404 });
}

async function finish(o: Opened, request: Request, values: Record<string, string>) {
  const { wizard, schoolId, claims, api } = o;
  const state = wizard.state;
  if (!values.idempotencyKey || values.idempotencyKey !== state.idempotencyKey) {
    // A stale page (an older wizard) cannot submit someone else's answers: show the current page again.
    return redirect(wizard.stepPath(CHECK_STEP), 303);
  }
  const mentors = (state.mentorIds ?? []).map((mentorId) => ({ mentorId, hours: state.hours?.[mentorId] ?? 0 }));
  // The confirmation panel is for the school user who submitted; support (who saves drafts, or changes a submitted
  // claim) goes back to the claim page.
  const done = (claimId: string, submitted: boolean) =>
    submitted && !state.isSupport
      ? redirect(`${claims}/${claimId}/confirmation`, 303)
      : redirectWithBanner(request, `${claims}/${claimId}`, {
          heading: state.mode === "add" ? "Claim added" : "Claim updated",
        });
  try {
    if (state.mode === "add") {
      const result = await api.claims.claim.create({
        schoolId,
        providerId: state.providerId!,
        mentors,
        idempotencyKey: state.idempotencyKey!,
      });
      await wizard.saveAndContinue(request, CHECK_STEP, { doneClaimId: result.claimId });
      return done(result.claimId, result.status === "submitted");
    }
    if (state.doneClaimId) return done(state.doneClaimId, !state.isSupport);
    const result = await api.claims.claim.update({
      schoolId,
      claimId: state.claimId!,
      version: state.version!,
      providerId: state.providerId!,
      mentors,
      submit: !state.isSupport,
    });
    await wizard.saveAndContinue(request, CHECK_STEP, { doneClaimId: result.claimId });
    return done(result.claimId, result.status === "submitted");
  } catch (error) {
    if (state.mode === "edit" && error instanceof TRPCError && error.cause instanceof ConflictError) {
      // Someone saved this claim first: show their version, so the user can check it and make their change again
      // (otherwise every retry would carry the old version and fail the same way).
      const current = await answersFromRecord(api, schoolId, state.claimId!).catch((failure: unknown) => {
        if (failure instanceof Response && failure.status === 404) return null;
        throw failure;
      });
      // Submitted or removed by the other person: there is nothing left to change here.
      if (!current) return redirectWithBanner(request, claims, claimChangedBanner(error.cause));
      await wizard.update(current);
      return redirectWithErrors(
        request,
        { form: `${error.cause.message}. Check the answers and make your changes again.` },
        {},
      );
    }
    return handleClaimError(request, error, values, `${claims}/rejected`);
  }
}

/** The banner for a user whose change lost a race: the claim list (or claim page) shows the claim as it now is. */
export function claimChangedBanner(error: ConflictError) {
  return { type: "important", heading: error.message, body: "Check the claim before you make any changes." } as const;
}

/** Hours used up meanwhile → "You cannot submit the claim"; a stale version → the GOV.UK conflict message. */
export async function handleClaimError(
  request: Request,
  error: unknown,
  values: Record<string, unknown>,
  rejectedPath: string,
) {
  if (error instanceof TRPCError && error.cause instanceof HoursNoLongerAvailableError)
    return redirect(rejectedPath, 303);
  if (error instanceof TRPCError && error.cause instanceof ConflictError) {
    return redirectWithErrors(request, { form: error.cause.message }, values);
  }
  const errors = formErrorsFromTrpc(error);
  if (errors) return redirectWithErrors(request, errors, values);
  throwHttpError(error);
}

export type { Wizard };
