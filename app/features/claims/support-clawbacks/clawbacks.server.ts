import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  CLAWBACK_RESPONSE_CSV,
  MentorApprovalForm,
  MentorClawbackForm,
  hoursOutOfRange,
} from "#server/claims/support/clawbacks/clawbacks.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors } from "~/lib/session.server";
import { orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { csvUploadJourney } from "~/lib/csv-upload.server";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";
import { SUPPORT_CLAIMS_PATH, supportApi } from "../support-claims/support-claims.server";

import { CLAWBACKS_PATH, NO_CLAWBACK_STEP } from "./paths";

export { CLAWBACKS_PATH, NO_CLAWBACK_STEP };
const MENTOR_STEP = "mentor-";
const REQUESTABLE = new Set(["sampling_not_approved", "clawback_rejected"]);

const pageOf = (request: Request) =>
  Math.min(100_000, Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1));

/** Runs a mutation; a form-fixable refusal goes back to the form with its errors, anything else is an HTTP error. */
async function attempt<T>(request: Request, values: Record<string, unknown>, run: () => Promise<T>, to?: string) {
  try {
    return { ok: true as const, value: await run() };
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return { ok: false as const, response: await redirectWithErrors(request, errors, values, to) };
    throwHttpError(error);
  }
}

export async function clawbacksLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  return json(await orNotFound(api.claims.support.clawbacks.list({ page: pageOf(request) })));
}

export async function clawbackClaimLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api, session } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  return json({ claim, me: session.user.id });
}

// Request clawback wizard: one step per not-assured mentor → check your answers (or no clawback required) --------

type Answer = { hoursWorked: number; reason: string };
type RequestState = { mentorIds: string[]; claimed: Record<string, number>; answers: Record<string, Answer> };

const clawedBack = (s: RequestState) =>
  s.mentorIds.reduce((sum, id) => sum + (s.claimed[id] ?? 0) - (s.answers[id]?.hoursWorked ?? s.claimed[id] ?? 0), 0);

const requestWizard: WizardDefinition<RequestState> = {
  journey: "claims-request-clawback",
  steps: (s) => {
    const mentors = s.mentorIds.map((id) => `${MENTOR_STEP}${id}`);
    const answered = s.mentorIds.every((id) => s.answers[id]);
    return [...mentors, answered && clawedBack(s) === 0 ? NO_CLAWBACK_STEP : CHECK_STEP];
  },
  isComplete: (step, s) => (step.startsWith(MENTOR_STEP) ? Boolean(s.answers[step.slice(MENTOR_STEP.length)]) : false),
};

const requestPath = (claimId: string) => `${CLAWBACKS_PATH}/${claimId}/request/new`;

export async function requestStartLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  if (!REQUESTABLE.has(claim.status) || claim.mentors.length === 0) throw new Response("Not found", { status: 404 });
  // Answers already given (a rejected clawback requested again) are the starting point.
  const answers: Record<string, Answer> = {};
  for (const m of claim.mentors) {
    if (m.hoursWorked !== null && m.clawbackReason)
      answers[m.mentorTrainingId] = { hoursWorked: m.hoursWorked, reason: m.clawbackReason };
  }
  const initial: RequestState = {
    mentorIds: claim.mentors.map((m) => m.mentorTrainingId),
    claimed: Object.fromEntries(claim.mentors.map((m) => [m.mentorTrainingId, m.hoursClaimed])),
    answers,
  };
  return startWizard(request, requestWizard, requestPath(claimId), initial, `${MENTOR_STEP}${initial.mentorIds[0]}`);
}

async function openRequest(args: LoaderFunctionArgs) {
  const { api } = await supportApi(args.request, args.context.requestId);
  const claimId = idParam(args.params, "claimId");
  const wizard = await openWizard(args.request, requestWizard, requestPath(claimId), args.params.key);
  const step = args.params.step ?? "";
  wizard.assertReachable(step);
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  return { api, claimId, wizard, step, claim };
}

export async function requestStepLoader(args: LoaderFunctionArgs) {
  const { wizard, step, claim } = await openRequest(args);
  const mentorId = step.startsWith(MENTOR_STEP) ? step.slice(MENTOR_STEP.length) : null;
  const rows = claim.mentors.map((m) => {
    const answer = wizard.state.answers[m.mentorTrainingId];
    const hoursClawedBack = answer ? m.hoursClaimed - answer.hoursWorked : 0;
    return {
      ...m,
      hoursWorked: answer?.hoursWorked ?? null,
      hoursClawedBack,
      clawbackPence: claim.ratePence * hoursClawedBack,
      clawbackReason: answer?.reason ?? null,
      changeHref: wizard.stepPath(`${MENTOR_STEP}${m.mentorTrainingId}`, { change: true }),
    };
  });
  return json({
    step,
    claim: { id: claim.id, reference: claim.reference, ratePence: claim.ratePence, amountPence: claim.amountPence },
    mentor: rows.find((r) => r.mentorTrainingId === mentorId) ?? null,
    rows,
    totalPence: rows.reduce((sum, r) => sum + r.clawbackPence, 0),
    backHref: wizard.backHref(step, args.request, `${CLAWBACKS_PATH}/${claim.id}`),
    cancelHref: `${CLAWBACKS_PATH}/${claim.id}`,
  });
}

/** Checks one mentor's form against the hours claimed (0..claimed), with the field names the form uses. */
function parseMentorClawback(values: Record<string, unknown>, hoursClaimed: number) {
  const parsed = parseWith(MentorClawbackForm, values);
  if (parsed.ok && parsed.data.hoursWorked > hoursClaimed) {
    return { ok: false as const, errors: { hoursWorked: hoursOutOfRange(hoursClaimed) } };
  }
  return parsed;
}

export async function requestStepAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const { api, wizard, step, claim } = await openRequest(args);
  const values = formValues(form);
  if (step.startsWith(MENTOR_STEP)) {
    const mentorId = step.slice(MENTOR_STEP.length);
    const mentor = claim.mentors.find((m) => m.mentorTrainingId === mentorId);
    if (!mentor) throw new Response("Not found", { status: 404 });
    const parsed = parseMentorClawback(values, mentor.hoursClaimed);
    if (!parsed.ok) return wizard.invalid(args.request, parsed.errors, values);
    return wizard.saveAndContinue(args.request, step, {
      answers: { ...wizard.state.answers, [mentorId]: parsed.data },
    });
  }
  const mentors = wizard.state.mentorIds.map((id) => ({ mentorTrainingId: id, ...wizard.state.answers[id]! }));
  const result = await attempt(args.request, values, () =>
    api.claims.support.clawbacks.request({ claimId: claim.id, mentors }),
  );
  if (!result.ok) return result.response;
  await wizard.finish();
  return result.value.outcome === "requested"
    ? redirectWithBanner(args.request, `${CLAWBACKS_PATH}/${claim.id}`, {
        heading: "Clawback requested",
        body: "Another support user must now approve the clawback.",
      })
    : redirectWithBanner(args.request, `${SUPPORT_CLAIMS_PATH}/${claim.id}`, {
        heading: "Clawback not required",
        body: "The claim has been marked as paid.",
      });
}

// Edit one mentor's clawback -------------------------------------------------------------------------------------------

export async function editMentorLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const mentorTrainingId = idParam(params, "mentorTrainingId");
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  const mentor = claim.mentors.find((m) => m.mentorTrainingId === mentorTrainingId);
  if (!mentor || (claim.status !== "clawback_requires_approval" && claim.status !== "clawback_rejected"))
    throw new Response("Not found", { status: 404 });
  return json({ claim: { id: claim.id, reference: claim.reference }, mentor });
}

export async function editMentorAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const mentorTrainingId = idParam(params, "mentorTrainingId");
  const values = formValues(form);
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  const mentor = claim.mentors.find((m) => m.mentorTrainingId === mentorTrainingId);
  if (!mentor) throw new Response("Not found", { status: 404 });
  const parsed = parseMentorClawback(values, mentor.hoursClaimed);
  if (!parsed.ok) return redirectWithErrors(request, parsed.errors, values);
  const result = await attempt(request, values, () =>
    api.claims.support.clawbacks.editMentor({ claimId, mentorTrainingId, ...parsed.data }),
  );
  if (!result.ok) return result.response;
  return redirectWithBanner(request, `${CLAWBACKS_PATH}/${claimId}`, {
    heading: "Clawback requested",
    body: "Another support user must now approve the clawback.",
  });
}

// Clawback approval wizard: Yes/No per mentor → check your answers --------------------------------------------------

type Decision = { approved: boolean; reason: string | null };
type ApprovalState = { mentorIds: string[]; decisions: Record<string, Decision> };

const approvalWizard: WizardDefinition<ApprovalState> = {
  journey: "claims-approve-clawback",
  steps: (s) => [...s.mentorIds.map((id) => `${MENTOR_STEP}${id}`), CHECK_STEP],
  isComplete: (step, s) =>
    step.startsWith(MENTOR_STEP) ? Boolean(s.decisions[step.slice(MENTOR_STEP.length)]) : false,
};

const approvalPath = (claimId: string) => `${CLAWBACKS_PATH}/${claimId}/approval/new`;

/** Starts the approval, or (for the requester) shows why they cannot approve it. */
export async function approvalStartLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api, session } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  if (claim.status !== "clawback_requires_approval") throw new Response("Not found", { status: 404 });
  if (!claim.requestedBy || claim.requestedBy.id === session.user.id) {
    return json({ claim: { id: claim.id, reference: claim.reference } }, { status: 403 });
  }
  return startWizard(request, approvalWizard, approvalPath(claimId), {
    mentorIds: claim.mentors.map((m) => m.mentorTrainingId),
    decisions: {},
  });
}

async function openApproval(args: LoaderFunctionArgs) {
  const { api } = await supportApi(args.request, args.context.requestId);
  const claimId = idParam(args.params, "claimId");
  const wizard = await openWizard(args.request, approvalWizard, approvalPath(claimId), args.params.key);
  const step = args.params.step ?? "";
  wizard.assertReachable(step);
  const claim = await orNotFound(api.claims.support.clawbacks.byId({ claimId }));
  return { api, wizard, step, claim };
}

export async function approvalStepLoader(args: LoaderFunctionArgs) {
  const { wizard, step, claim } = await openApproval(args);
  const mentorId = step.startsWith(MENTOR_STEP) ? step.slice(MENTOR_STEP.length) : null;
  const rows = claim.mentors.map((m) => ({
    ...m,
    decision: wizard.state.decisions[m.mentorTrainingId] ?? null,
    changeHref: wizard.stepPath(`${MENTOR_STEP}${m.mentorTrainingId}`, { change: true }),
  }));
  return json({
    step,
    claim: {
      id: claim.id,
      reference: claim.reference,
      totalClawbackPence: claim.totalClawbackPence,
      requestedBy: claim.requestedBy,
    },
    mentor: rows.find((r) => r.mentorTrainingId === mentorId) ?? null,
    rows,
    backHref: wizard.backHref(step, args.request, `${CLAWBACKS_PATH}/${claim.id}`),
    cancelHref: `${CLAWBACKS_PATH}/${claim.id}`,
  });
}

export async function approvalStepAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const { api, wizard, step, claim } = await openApproval(args);
  const values = formValues(form);
  if (step.startsWith(MENTOR_STEP)) {
    const mentorId = step.slice(MENTOR_STEP.length);
    const parsed = parseWith(MentorApprovalForm, values);
    if (!parsed.ok) return wizard.invalid(args.request, parsed.errors, values);
    return wizard.saveAndContinue(args.request, step, {
      decisions: { ...wizard.state.decisions, [mentorId]: parsed.data },
    });
  }
  const decisions = wizard.state.mentorIds.map((id) => {
    const d = wizard.state.decisions[id]!;
    return d.approved
      ? { mentorTrainingId: id, approved: true as const }
      : { mentorTrainingId: id, approved: false as const, reason: d.reason ?? "" };
  });
  const result = await attempt(args.request, values, () =>
    api.claims.support.clawbacks.approve({ claimId: claim.id, decisions }),
  );
  if (!result.ok) return result.response;
  await wizard.finish();
  const requester = result.value.requestedBy?.name ?? "the support user who requested it";
  return redirectWithBanner(
    args.request,
    `${CLAWBACKS_PATH}/${claim.id}`,
    result.value.status === "clawback_requested"
      ? { heading: "Clawback approved", body: "The claim is ready for clawback." }
      : { heading: "Clawback rejected", body: `Please inform ${requester} that the clawback was rejected.` },
  );
}

// Send claims to payer ------------------------------------------------------------------------------------------

export async function sendLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const { readyToSend } = await orNotFound(api.claims.support.clawbacks.list({ page: 1 }));
  return json({ readyToSend });
}

export async function sendAction({ request, context }: ActionFunctionArgs) {
  await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const result = await attempt(request, {}, () => api.claims.support.clawbacks.send());
  if (!result.ok) return result.response;
  const n = result.value.claimCount;
  return redirectWithBanner(request, CLAWBACKS_PATH, {
    heading: "Claims sent to payer",
    body: `${n} ${n === 1 ? "claim has" : "claims have"} been sent to the payer for clawback.`,
  });
}

// Upload payer clawback response: upload → confirmation | upload-errors → apply ------------------------------------------

export const CLAWBACK_RESPONSE_PATH = `${CLAWBACKS_PATH}/payer-response/new`;

export const clawbackResponseJourney = csvUploadJourney({
  journey: "claims-upload-clawback-response",
  basePath: CLAWBACK_RESPONSE_PATH,
  returnPath: CLAWBACKS_PATH,
  spec: CLAWBACK_RESPONSE_CSV,
  open: supportApi,
  check: (api, rows) => api.claims.support.clawbacks.checkResponse({ rows }),
  apply: async (api, file, lines) => {
    const { claimCount } = await api.claims.support.clawbacks.applyResponse({ fileName: file.fileName, lines });
    return {
      heading: "Payer clawback response uploaded",
      body: `${claimCount} ${claimCount === 1 ? "claim has" : "claims have"} been marked as clawback complete.`,
    };
  },
});
