import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { ProviderOptionForm, ProviderSearchForm } from "#server/claims/claim/claim.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";
import { handleClaimError } from "./claim-wizard.server";
import { exactProviderMatch, providerFromOptions, providerStepData } from "./provider-steps.server";

/**
 * Invalid provider wizard: provider → [provider options] → unable to assign provider (when a
 * mentor of the claim has not got the claimed hours left with the chosen provider) or check your answers → submit.
 */
export type InvalidProviderState = {
  claimId: string;
  version: number;
  isSupport: boolean;
  providerQuery?: string;
  providerOptions?: boolean;
  providerId?: string;
  providerName?: string;
  /** The chosen provider cannot take every mentor's hours. */
  unassignable?: boolean;
  doneClaimId?: string;
};

export const UNABLE_STEP = "unable-to-assign-provider";

export const invalidProviderWizard: WizardDefinition<InvalidProviderState> = {
  journey: "claims.invalid-provider",
  steps(state) {
    const steps = ["provider"];
    if (state.providerOptions) steps.push("provider-options");
    steps.push(state.unassignable ? UNABLE_STEP : CHECK_STEP);
    return steps;
  },
  isComplete(step, state) {
    if (step === "provider") return Boolean(state.providerId) || Boolean(state.providerQuery && state.providerOptions);
    if (step === "provider-options") return Boolean(state.providerId);
    return false;
  },
};

function paths(params: LoaderFunctionArgs["params"]) {
  const schoolId = idParam(params, "schoolId");
  const claimId = idParam(params, "claimId");
  const claims = `/claims/schools/${schoolId}/claims`;
  return {
    schoolId,
    claimId,
    claims,
    claimPath: `${claims}/${claimId}`,
    base: `${claims}/${claimId}/invalid-provider`,
  };
}

/** The claim, if the signed-in user may change its provider (creator or support, status invalid_provider); else 404. */
async function changeableClaim(api: Awaited<ReturnType<typeof callerFor>>, schoolId: string, claimId: string) {
  const claim = await orNotFound(api.claims.claim.byId({ schoolId, claimId }));
  if (!claim.canChangeProvider) throw new Response("Not found", { status: 404 });
  return claim;
}

/** GET …/claims/:claimId/invalid-provider: a new wizard for the claim. */
export async function startInvalidProviderLoader({ request, params, context }: LoaderFunctionArgs) {
  const { schoolId, claimId, base } = paths(params);
  const session = await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const claim = await changeableClaim(api, schoolId, claimId);
  return startWizard<InvalidProviderState>(request, invalidProviderWizard, base, {
    claimId: claim.id,
    version: claim.version,
    isSupport: session.user.isSupport,
  });
}

async function open(args: LoaderFunctionArgs) {
  const { schoolId, claimId, claims, claimPath, base } = paths(args.params);
  const api = await callerFor(args.request, args.context.requestId);
  const wizard = await openWizard<InvalidProviderState>(args.request, invalidProviderWizard, base, args.params.key);
  if (wizard.state.claimId !== claimId) throw new Response("Not found", { status: 404 });
  const step = args.params.step ?? "";
  wizard.assertReachable(step);
  return { api, wizard, step, schoolId, claimId, claims, claimPath };
}

type Opened = Awaited<ReturnType<typeof open>>;

/** After submitting: the confirmation page (school user) or the claim page with a banner (support). */
function done({ wizard, claimPath }: Opened, request: Request) {
  return wizard.state.isSupport
    ? redirectWithBanner(request, claimPath, { heading: "Claim submitted" })
    : redirect(`${claimPath}/confirmation`, 303);
}

function check({ api, schoolId, claimId }: Opened, providerId: string) {
  return api.claims.claim.checkNewProvider({ schoolId, claimId, providerId });
}

export async function invalidProviderLoader(args: LoaderFunctionArgs) {
  const o = await open(args);
  const { wizard, step, schoolId, claimId, claims, claimPath } = o;
  const state = wizard.state;
  // Back to a step of a wizard already submitted (browser history): where the submission went.
  if (state.doneClaimId) throw await done(o, args.request);
  const claim = await changeableClaim(o.api, schoolId, claimId);
  const common = {
    step,
    reference: claim.reference,
    backHref: wizard.backHref(step, args.request, claimPath),
    cancelHref: claimPath,
    action: `${wizard.stepPath(step)}${new URL(args.request.url).search}`,
  };
  const providerStep = await providerStepData(o.api, schoolId, wizard, step);
  if (providerStep) return json({ ...common, ...providerStep });
  const result = await orNotFound(check(o, state.providerId!));
  if (step === UNABLE_STEP) {
    return json({
      ...common,
      view: "unable" as const,
      providerName: result.provider.name,
      mentors: result.mentors
        .filter((m) => !m.fits)
        .map((m) => ({ id: m.mentorId, name: m.name, hours: m.hours, remaining: m.remaining })),
      claimsHref: claims,
      removeHref: claim.canRemove ? `${claimPath}/remove` : null,
      changeProviderHref: wizard.stepPath("provider"),
    });
  }
  return json({
    ...common,
    view: "check" as const,
    claim: {
      schoolName: claim.schoolName,
      academicYearName: claim.academicYearName,
      provider: result.provider,
      mentors: result.mentors.map((m) => ({ mentorId: m.mentorId, name: m.name, hours: m.hours })),
      totalHours: result.totalHours,
      ratePence: result.ratePence,
      amountPence: result.amountPence,
    },
    changeProviderHref: wizard.stepPath("provider", { change: true }),
  });
}

export type InvalidProviderData = Awaited<ReturnType<typeof invalidProviderLoader>>;

/** Choosing a provider decides the next step: check your answers, or "unable to assign" when a mentor's hours do not fit. */
async function choose(
  o: Opened,
  request: Request,
  provider: { id: string },
  patch: Partial<InvalidProviderState>,
  values: Record<string, string>,
) {
  try {
    const result = await check(o, provider.id);
    return o.wizard.saveAndContinue(request, o.step, {
      ...patch,
      providerId: result.provider.id,
      providerName: result.provider.name,
      unassignable: !result.assignable,
    });
  } catch (error) {
    return handleClaimError(request, error, values, `${o.claims}/rejected`);
  }
}

export async function invalidProviderAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const values = formValues(form);
  const o = await open(args);
  const { wizard, step, request, schoolId } = { ...o, request: args.request };

  if (step === "provider") {
    const parsed = parseWith(ProviderSearchForm, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const query = parsed.data.providerQuery;
    const exact = await exactProviderMatch(o.api, schoolId, query, values);
    if (exact) return choose(o, request, exact, { providerQuery: query, providerOptions: false }, values);
    return wizard.saveAndContinue(request, step, {
      providerQuery: query,
      providerOptions: true,
      providerId: undefined,
      unassignable: false,
    });
  }

  if (step === "provider-options") {
    const parsed = parseWith(ProviderOptionForm, values);
    const chosen = parsed.ok
      ? await providerFromOptions(o.api, schoolId, wizard.state.providerQuery ?? "", parsed.data.providerId)
      : null;
    if (!chosen) return wizard.invalid(request, { providerId: "Select the accredited provider" }, values);
    return choose(o, request, chosen, {}, values);
  }

  if (step === CHECK_STEP) return finish(o, request, values);
  throw new Response("Not found", { status: 404 });
}

async function finish(o: Opened, request: Request, values: Record<string, string>) {
  const { wizard, schoolId, claimId, claims, api } = o;
  const state = wizard.state;
  // A page from before the provider was changed (another tab) cannot submit the other provider.
  if (values.providerId !== state.providerId) return redirect(wizard.stepPath(CHECK_STEP), 303);
  if (state.doneClaimId) return done(o, request);
  try {
    await api.claims.claim.assignProvider({ schoolId, claimId, providerId: state.providerId!, version: state.version });
  } catch (error) {
    return handleClaimError(request, error, values, `${claims}/rejected`);
  }
  await wizard.saveAndContinue(request, CHECK_STEP, { doneClaimId: claimId });
  return done(o, request);
}
