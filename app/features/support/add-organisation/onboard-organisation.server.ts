import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  OnboardProviderSearchSchema,
  OnboardSearchSchema,
  OrganisationChoiceSchema,
  OrganisationTypeSchema,
} from "#server/shared/organisation/organisation.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { redirectWithBanner, redirectWithErrors, requestService, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { pickedSuggestion } from "~/lib/suggestions.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";

/**
 * "Add organisation" in either console: [type (placements)] → organisation (free-text search) → options
 * (radios of up to 15 matches; works without JavaScript) → check your answers → onboard. With JavaScript the search
 * field is an autocomplete: a pick (`picked`) goes straight to check your answers, without the options step.
 */
type State = { organisationType?: "school" | "provider"; query?: string; organisationId?: string; picked?: boolean };
type Api = Awaited<ReturnType<typeof callerFor>>;

function setup(request: Request) {
  const service = requestService(request);
  if (!service) throw new Response("Not found", { status: 404 });
  const listPath = service === "claims" ? "/claims/support/schools" : "/placements/support/organisations";
  const definition: WizardDefinition<State> = {
    journey: `onboard-organisation:${service}`,
    steps: (s) => [
      ...(service === "placements" ? ["type"] : []),
      "organisation",
      ...(s.picked ? [] : ["options"]),
      CHECK_STEP,
    ],
    isComplete: (step, s) =>
      step === "type"
        ? Boolean(s.organisationType)
        : step === "organisation"
          ? Boolean(s.query) && (!s.picked || Boolean(s.organisationId))
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

/** The organisation picked from the autocomplete, if the text still names it: school (with a URN) or provider. */
async function pickedOrganisation(
  api: Api,
  service: "claims" | "placements",
  state: State,
  values: Record<string, unknown>,
  query: string,
) {
  return pickedSuggestion(values, "organisationId", query, async (id) => {
    if (service === "claims") {
      const s = await api.claims.support.organisation.school({ schoolId: id });
      return { id: s.id, name: s.name, onboarded: s.claimsService, listed: Boolean(s.urn) };
    }
    if (kindOf(service, state) === "school") {
      const s = await api.placements.support.organisation.school({ schoolId: id });
      return { id: s.id, name: s.name, onboarded: s.placementsService, listed: Boolean(s.urn) };
    }
    const p = await api.placements.support.organisation.provider({ providerId: id });
    return { id: p.id, name: p.name, onboarded: p.placementsService, listed: true };
  });
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
  await requireSupport(request);
  const { definition, basePath } = setup(request);
  return startWizard(request, definition, basePath);
}

export async function onboardStepLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSupport(request);
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
  await requireSupport(request);
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
    const query = parsed.data.query;
    const picked = await pickedOrganisation(api, service, wizard.state, values, query);
    if (picked?.listed) {
      if (picked.onboarded) return wizard.invalid(request, { query: `${picked.name} has already been added` }, values);
      return wizard.saveAndContinue(request, step, { query, organisationId: picked.id, picked: true });
    }
    return wizard.saveAndContinue(request, step, { query, organisationId: undefined, picked: false });
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
      if (errors?.organisationId && wizard.state.picked)
        return redirectWithErrors(request, { query: errors.organisationId }, {}, wizard.stepPath("organisation"));
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
