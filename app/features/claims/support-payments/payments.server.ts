import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { PAYER_RESPONSE_CSV, SendClaimsInput } from "#server/claims/support/payments/payments.schema.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors } from "~/lib/session.server";
import { orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";
import { CHECK_STEP, openWizard, startWizard, type WizardDefinition } from "~/lib/wizard.server";
import { csvResponse } from "~/lib/csv-download.server";
import { csvUploadJourney } from "~/lib/csv-upload.server";
import { SUPPORT_CLAIMS_PATH, supportApi } from "../support-claims/support-claims.server";

import { ACTIVITY_PATH, PAYMENTS_PATH } from "./paths";

export { ACTIVITY_PATH, PAYMENTS_PATH };
const SEND_PATH = `${PAYMENTS_PATH}/send/new`;
const WINDOW_STEP = "claim-window";

const pageOf = (request: Request) =>
  Math.min(100_000, Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1));

export async function paymentsLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  return json(await orNotFound(api.claims.support.payments.list({ page: pageOf(request) })));
}

// Send claims to payer: claim window → check → confirm -------------------------------------------------------------

type SendState = { claimWindowId?: string };
const sendWizard: WizardDefinition<SendState> = {
  journey: "claims-send-claims-to-payer",
  steps: () => [WINDOW_STEP, CHECK_STEP],
  isComplete: (step, s) => (step === WINDOW_STEP ? Boolean(s.claimWindowId) : false),
};

export async function sendStartLoader({ request, context }: LoaderFunctionArgs) {
  await supportApi(request, context.requestId);
  return startWizard(request, sendWizard, SEND_PATH);
}

export async function sendStepLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const wizard = await openWizard(request, sendWizard, SEND_PATH, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const windows = await orNotFound(api.claims.support.payments.claimWindows());
  const chosen = windows.find((w) => w.id === wizard.state.claimWindowId) ?? null;
  return json({
    step,
    windows,
    chosen,
    claimWindowId: wizard.state.claimWindowId ?? null,
    backHref: wizard.backHref(step, request, PAYMENTS_PATH),
    changeHref: wizard.stepPath(WINDOW_STEP, { change: true }),
  });
}

export async function sendStepAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const wizard = await openWizard(request, sendWizard, SEND_PATH, params.key);
  const step = params.step ?? "";
  wizard.assertReachable(step);
  const values = formValues(form);
  if (step === WINDOW_STEP) {
    const parsed = parseWith(SendClaimsInput, values);
    if (!parsed.ok) return wizard.invalid(request, parsed.errors, values);
    return wizard.saveAndContinue(request, step, parsed.data);
  }
  const claimWindowId = wizard.state.claimWindowId;
  if (!claimWindowId) throw new Response("Not found", { status: 404 });
  let claimCount: number;
  try {
    ({ claimCount } = await api.claims.support.payments.send({ claimWindowId }));
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, values);
    throwHttpError(error);
  }
  await wizard.finish();
  return redirectWithBanner(request, PAYMENTS_PATH, {
    heading: "Claims sent to payer",
    body: `${claimCount} ${claimCount === 1 ? "claim has" : "claims have"} been sent to the payer for payment.`,
  });
}

// Manual steps on one claim --------------------------------------------------------------------------------------

const ACTIONS = z.enum(["information-sent", "paid", "reject"]);

export async function paymentActionLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const action = ACTIONS.safeParse(params.action);
  if (!action.success) throw new Response("Not found", { status: 404 });
  const claim = await orNotFound(api.claims.support.claims.byId({ claimId }));
  return json({ claim, action: action.data });
}

export async function paymentActionAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const action = ACTIONS.safeParse(params.action);
  if (!action.success) throw new Response("Not found", { status: 404 });
  try {
    await api.claims.support.payments.recordAction({ claimId, action: action.data });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {});
    throwHttpError(error);
  }
  const heading = { "information-sent": "Information sent to payer", paid: "Claim paid", reject: "Claim rejected" }[
    action.data
  ];
  return redirectWithBanner(request, `${SUPPORT_CLAIMS_PATH}/${claimId}`, { heading });
}

// Activity log -----------------------------------------------------------------------------------------------------

export async function activityLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  return json(await orNotFound(api.claims.support.activity.list({ page: pageOf(request) })));
}

export async function activityDetailLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const activityId = idParam(params, "activityId");
  return json({ activity: await orNotFound(api.claims.support.activity.byId({ activityId })) });
}

export async function activityCsvLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const activityId = idParam(params, "activityId");
  const file = await orNotFound(api.claims.support.activity.csv({ activityId }));
  if (!file) throw new Response("Not found", { status: 404 });
  return csvResponse(file.filename, file.content);
}

export async function resendPayerEmailAction({ request, params, context }: ActionFunctionArgs) {
  await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const activityId = idParam(params, "activityId");
  const activity = await orNotFound(api.claims.support.activity.byId({ activityId }));
  try {
    if (activity.action === "clawback_request_delivered") await api.claims.support.clawbacks.resend({ activityId });
    else await api.claims.support.payments.resend({ activityId });
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, {}, `${ACTIVITY_PATH}/${activityId}`);
    throwHttpError(error);
  }
  return redirectWithBanner(request, `${ACTIVITY_PATH}/${activityId}`, { heading: "Payer e-mail resent" });
}

export const paymentsIndexRedirect = () => redirect(PAYMENTS_PATH);

// Upload payer response: upload → confirmation | upload-errors → apply ------------------------------------------------

export const PAYER_RESPONSE_PATH = `${PAYMENTS_PATH}/payer-response/new`;

export const payerResponseJourney = csvUploadJourney({
  journey: "claims-upload-payer-response",
  basePath: PAYER_RESPONSE_PATH,
  returnPath: PAYMENTS_PATH,
  spec: PAYER_RESPONSE_CSV,
  open: supportApi,
  check: async (api, rows, file) => {
    const checked = await api.claims.support.payments.checkResponse({ digest: file.digest, rows });
    return checked.ok ? { ok: true, lines: checked.lines } : checked;
  },
  apply: async (api, file, lines) => {
    const { claimCount } = await api.claims.support.payments.applyResponse({ ...file, lines });
    return {
      heading: "Payer response uploaded",
      body: `${claimCount} ${claimCount === 1 ? "claim has" : "claims have"} been updated.`,
    };
  },
});
