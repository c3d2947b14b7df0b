import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  OnboardProviderSearchSchema,
  OnboardSearchSchema,
  OrganisationChoiceSchema,
  OrganisationTypeSchema,
} from "#server/shared/organisation/organisation.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { redirectWithBanner, redirectWithErrors, requireSession, requestService } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/**
 * "Add organisation" in either console: [type (placements)] → organisation (free-text search) → options
 * (radios of up to 15 matches; works without JavaScript) → check your answers → onboard.
 */
type State = { organisationType?: "school" | "provider"; query?: string; organisationId?: string };
type Api = Awaited<ReturnType<typeof callerFor>>;

function setup(request: Request) {
  const service = requestService(request);
  if (!service) throw new Response("Not found", { status: 404 });
  const listPath = service === "claims" ? "/claims/support/schools" : "/placements/support/organisations";
  const definition: WizardDefinition<State> = {
    journey: `onboard-organisation:${service}`,
    steps: () => [...(service === "placements" ? ["type"] : []), "organisation", "options", CHECK_STEP],
    isComplete: (step, s) =>
      step === "type"
        ? Boolean(s.organisationType)
        : step === "organisation"
          ? Boolean(s.query)
          : step === "options"
            ? Boolean(s.organisationId)
            : false,
  };
  return { service, listPath, basePath: `${listPath}/new`, definition };
}

function kindOf(service: "claims" | "placements", state: State) {
  return service === "claims" ? "school" : (state.organisationType ?? "school");
}

async function candidates(api: Api, service: "claims" | "placements", state: State) {
  const query = state.query ?? "";
  if (service === "claims") return api.claims.support.organisation.candidates({ query });
  return kindOf(service, state) === "school"
    ? api.placements.support.organisation.schoolCandidates({ query })
    : api.placements.support.organisation.providerCandidates({ query });
}

async function chosen(api: Api, service: "claims" | "placements", state: State) {
  const id = state.organisationId ?? "";
  if (service === "claims") {
    const s = await api.claims.support.organisation.school({ schoolId: id });
    return {
      name: s.name,
      rows: [
        ["Name", s.name],
        ["URN", s.urn ?? ""],
        ["Town", s.town ?? ""],
        ["Postcode", s.postcode ?? ""],
      ],
    };
  }
  if (kindOf(service, state) === "school") {
    const s = await api.placements.support.organisation.school({ schoolId: id });
    return {
      name: s.name,
      rows: [
        ["Organisation type", "School"],
        ["Name", s.name],
        ["URN", s.urn ?? ""],
        ["Postcode", s.postcode ?? ""],
      ],
    };
  }
  const p = await api.placements.support.organisation.provider({ providerId: id });
  return {
    name: p.name,
    rows: [
      ["Organisation type", "Provider"],
      ["Name", p.name],
      ["Provider code", p.code],
      ["Postcode", p.postcode ?? ""],
    ],
  };
}

export async function onboardStartLoader({ request }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (!session.user.isSupport) throw new Response("Not found", { status: 404 });
  const { definition, basePath } = setup(request);
  return startWizard(request, definition, basePath);
}

export async function onboardStepLoader({ request, params, context }: LoaderFunctionArgs) {
  const session = await requireSession(request);
  if (!session.user.isSupport) throw new Response("Not found", { status: 404 });
  const { service, definition, basePath, listPath } = setup(request);
  const wizard = await openWizard(request, definition, basePath, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const api = await callerFor(request, context.requestId);
  const kind = kindOf(service, wizard.state);
  return json({
    service,
    step,
    kind,
    state: wizard.state,
    backHref: wizard.backHref(step, request, listPath),
    cancelHref: listPath,
    searchHref: wizard.stepPath("organisation"),
    changeTypeHref: wizard.stepPath("type", { change: false }),
    options: step === "options" ? await orNotFound(candidates(api, service, wizard.state)) : [],
    check: step === CHECK_STEP ? await orNotFound(chosen(api, service, wizard.state)) : null,
  });
}

export async function onboardStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const session = await requireSession(request);
  if (!session.user.isSupport) throw new Response("Not found", { status: 404 });
  const { service, definition, basePath, listPath } = setup(request);
  const wizard = await openWizard(request, definition, basePath, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const values = formValues(form);
  const api = await callerFor(request, context.requestId);
  if (step === "type") {
    const parsed = parseWith(OrganisationTypeSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const changed = parsed.data.organisationType !== wizard.state.organisationType;
    return wizard.saveAndContinue(
      request,
      step,
      changed ? { ...parsed.data, query: undefined, organisationId: undefined } : parsed.data,
    );
  }
  if (step === "organisation") {
    const schema = kindOf(service, wizard.state) === "provider" ? OnboardProviderSearchSchema : OnboardSearchSchema;
    const parsed = parseWith(schema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    return wizard.saveAndContinue(request, step, { query: parsed.data.query, organisationId: undefined });
  }
  if (step === "options") {
    const parsed = parseWith(OrganisationChoiceSchema, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const options = await orNotFound(candidates(api, service, wizard.state));
    const picked = options.find((o) => o.id === parsed.data.organisationId);
    if (!picked) return wizard.invalid(request, { organisationId: "Select an organisation" }, values);
    if (picked.onboarded)
      return wizard.invalid(request, { organisationId: `${picked.name} has already been added` }, values);
    return wizard.saveAndContinue(request, step, { organisationId: picked.id });
  }
  if (step === CHECK_STEP) {
    const id = wizard.state.organisationId ?? "";
    try {
      if (service === "claims") await api.claims.support.organisation.onboardSchool({ schoolId: id });
      else if (kindOf(service, wizard.state) === "school")
        await api.placements.support.organisation.onboardSchool({ schoolId: id });
      else await api.placements.support.organisation.onboardProvider({ providerId: id });
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      if (errors?.organisationId)
        return redirectWithErrors(request, errors, { organisationId: id }, wizard.stepPath("options"));
      if (errors) return redirectWithErrors(request, errors, {});
      throwHttpError(error);
    }
    await wizard.finish();
    return redirectWithBanner(request, listPath, { heading: "Organisation added" });
  }
  throw redirect(wizard.stepPath("organisation"), 303);
}
