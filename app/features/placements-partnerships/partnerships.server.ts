import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { partnerChoiceSchema, partnerSearchSchema } from "#server/placements/partnership/partnership.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { pickedSuggestion } from "~/lib/suggestions.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";
import { PARTNERSHIP_WORDING, partnershipsPath, type PartnershipSide } from "./wording";

/**
 * The partnership pages of both sides: the list, a partner, delete (confirmation page), and the add journey
 * search → [options] → check your answers. A school's pages are under /placements/schools/:schoolId/partner-providers,
 * a provider's under /placements/providers/:providerId/partner-schools; the guard of each procedure checks the
 * organisation, and a partner outside the organisation's partnerships is a 404.
 */
type Api = Awaited<ReturnType<typeof callerFor>>;

function sideOf(params: Record<string, string | undefined>) {
  const side: PartnershipSide = params.schoolId ? "school" : "provider";
  const orgId = idParam(params, side === "school" ? "schoolId" : "providerId");
  return { side, orgId, basePath: partnershipsPath(side, orgId), wording: PARTNERSHIP_WORDING[side] };
}

/** The same verbs on either side's procedures. */
function partnershipApi(api: Api, side: PartnershipSide, orgId: string) {
  if (side === "school") {
    const p = api.placements.schoolPartnership;
    const org = { schoolId: orgId };
    return {
      organisationName: async () => (await api.placements.school.byId(org)).name,
      list: () => p.list(org),
      byId: (partnerId: string) => p.byId({ ...org, partnerId }),
      candidates: (query: string) => p.candidates({ ...org, query }),
      candidate: (partnerId: string) => p.candidate({ ...org, partnerId }),
      add: (partnerId: string) => p.add({ ...org, partnerId }),
      remove: (partnerId: string) => p.remove({ ...org, partnerId }),
    };
  }
  const p = api.placements.providerPartnership;
  const org = { providerId: orgId };
  return {
    organisationName: async () => (await api.placements.provider.byId(org)).name,
    list: () => p.list(org),
    byId: (partnerId: string) => p.byId({ ...org, partnerId }),
    candidates: (query: string) => p.candidates({ ...org, query }),
    candidate: (partnerId: string) => p.candidate({ ...org, partnerId }),
    add: (partnerId: string) => p.add({ ...org, partnerId }),
    remove: (partnerId: string) => p.remove({ ...org, partnerId }),
  };
}

async function scope(request: Request, params: Record<string, string | undefined>, requestId?: string) {
  await requireSession(request);
  const s = sideOf(params);
  const api = await callerFor(request, requestId);
  return { ...s, api: partnershipApi(api, s.side, s.orgId) };
}

export async function partnersListLoader({ request, params, context }: LoaderFunctionArgs) {
  const { side, basePath, api } = await scope(request, params, context.requestId);
  const [organisationName, partners] = await Promise.all([orNotFound(api.organisationName()), orNotFound(api.list())]);
  return json({ side, basePath, organisationName, partners });
}

/** A partner's page and its delete page. */
export async function partnerLoader({ request, params, context }: LoaderFunctionArgs) {
  const { side, orgId, basePath, api } = await scope(request, params, context.requestId);
  const partnerId = idParam(params, "partnerId");
  const partner = await orNotFound(api.byId(partnerId));
  return json({ side, orgId, basePath, partner, partnerPath: `${basePath}/${partnerId}` });
}

export async function removePartnerAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const { basePath, wording, api } = await scope(request, params, context.requestId);
  const partnerId = idParam(params, "partnerId");
  let removed: { partnerName: string };
  try {
    removed = await api.remove(partnerId);
  } catch (error) {
    throwHttpError(error);
  }
  return redirectWithBanner(request, basePath, {
    heading: wording.deleted,
    body: wording.deletedBody(removed.partnerName),
  });
}

// Add a partner ------------------------------------------------------------------------------------------------------

type State = { query?: string; partnerId?: string; picked?: boolean };

function definition(side: PartnershipSide, orgId: string): WizardDefinition<State> {
  return {
    journey: `add-partnership:${side}:${orgId}`,
    steps: (s) => ["partner", ...(s.picked ? [] : ["options"]), CHECK_STEP],
    isComplete: (step, s) =>
      step === "partner"
        ? Boolean(s.query) && (!s.picked || Boolean(s.partnerId))
        : step === "options"
          ? Boolean(s.partnerId)
          : false,
  };
}

export async function addPartnerStartLoader({ request, params, context }: LoaderFunctionArgs) {
  const { side, orgId, basePath, api } = await scope(request, params, context.requestId);
  await orNotFound(api.organisationName());
  return startWizard(request, definition(side, orgId), `${basePath}/new`);
}

async function openAdd(request: Request, params: Record<string, string | undefined>, requestId?: string) {
  const s = await scope(request, params, requestId);
  const wizard = await openWizard(request, definition(s.side, s.orgId), `${s.basePath}/new`, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  return { ...s, wizard, step };
}

export async function addPartnerStepLoader({ request, params, context }: LoaderFunctionArgs) {
  const { side, basePath, api, wizard, step } = await openAdd(request, params, context.requestId);
  // The organisation is checked by its guard before any step shows.
  await orNotFound(api.organisationName());
  return json({
    side,
    step,
    state: wizard.state,
    backHref: wizard.backHref(step, request, basePath),
    cancelHref: basePath,
    searchHref: wizard.stepPath("partner"),
    options: step === "options" ? await orNotFound(api.candidates(wizard.state.query ?? "")) : [],
    check: step === CHECK_STEP ? await orNotFound(api.candidate(wizard.state.partnerId ?? "")) : null,
  });
}

export async function addPartnerStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { side, basePath, wording, api, wizard, step } = await openAdd(request, params, context.requestId);
  const values = formValues(form);
  const kind = wording.partner;
  if (step === "partner") {
    const parsed = parseWith(partnerSearchSchema(kind), values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const query = parsed.data.query;
    const picked = await pickedSuggestion(values, "partnerId", query, api.candidate);
    if (picked?.alreadyAdded) {
      return wizard.invalid(request, { query: `${picked.name} has already been added. Try another ${kind}` }, values);
    }
    if (picked) return wizard.saveAndContinue(request, step, { query, partnerId: picked.id, picked: true });
    return wizard.saveAndContinue(request, step, { query, partnerId: undefined, picked: false });
  }
  if (step === "options") {
    const parsed = parseWith(partnerChoiceSchema(kind), values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    const options = await orNotFound(api.candidates(wizard.state.query ?? ""));
    const chosen = options.find((o) => o.id === parsed.data.partnerId);
    if (!chosen) return wizard.invalid(request, { partnerId: `Select a ${kind}` }, values);
    if (chosen.alreadyAdded) {
      return wizard.invalid(
        request,
        { partnerId: `${chosen.name} has already been added. Try another ${kind}` },
        values,
      );
    }
    return wizard.saveAndContinue(request, step, { partnerId: chosen.id });
  }
  if (step === CHECK_STEP) {
    let added: { partnerName: string };
    try {
      added = await api.add(wizard.state.partnerId ?? "");
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      // Added meanwhile (by someone else, or from the other side): the message goes back to where it was chosen.
      if (errors?.partnerId && wizard.state.picked) {
        return redirectWithErrors(request, { query: errors.partnerId }, {}, wizard.stepPath("partner"));
      }
      if (errors?.partnerId) {
        return redirectWithErrors(request, errors, { partnerId: wizard.state.partnerId }, wizard.stepPath("options"));
      }
      if (errors) return redirectWithErrors(request, errors, {});
      throwHttpError(error);
    }
    await wizard.finish();
    return redirectWithBanner(request, basePath, {
      heading: wording.added,
      body: side === "school" ? PARTNERSHIP_WORDING.school.addedBody(added.partnerName) : undefined,
    });
  }
  throw redirect(wizard.stepPath("partner"), 303);
}
