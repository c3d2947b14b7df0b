import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { z } from "zod";
import {
  PROVIDER_RESPONSE_CSV,
  SAMPLING_HEADERS,
  SamplingRow,
} from "#server/claims/support/sampling/sampling.schema.ts";
import { csvUploadJourney } from "~/lib/csv-upload.server";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors } from "~/lib/session.server";
import { orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { SUPPORT_CLAIMS_PATH, supportApi } from "../support-claims/support-claims.server";

import { SAMPLING_PATH } from "./paths";

export { SAMPLING_PATH };

const pageOf = (request: Request) =>
  Math.min(100_000, Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1));

/** Auditing: the claims being audited. */
export async function samplingLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  return json(await orNotFound(api.claims.support.sampling.list({ page: pageOf(request) })));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Upload claims to be sampled": claim_reference, sample_reason → sampling_in_progress, provider e-mails. */
export const samplingUploadJourney = csvUploadJourney({
  journey: "claims-upload-sampling",
  basePath: `${SAMPLING_PATH}/upload/new`,
  returnPath: SAMPLING_PATH,
  spec: { requiredHeaders: SAMPLING_HEADERS, keyColumn: "claim_reference", row: SamplingRow },
  open: supportApi,
  check: (api, rows) => api.claims.support.sampling.checkUpload({ rows }),
  apply: async (api, _file, lines) => {
    const { claims, providers } = await api.claims.support.sampling.upload({
      rows: lines.map((l) => ({ row: l.row, data: { claim_reference: l.reference, sample_reason: l.reason } })),
    });
    return {
      heading: "Auditing data uploaded",
      body: `${plural(claims, "claim has", "claims have")} been sent to ${plural(providers, "provider", "providers")} for audit.`,
    };
  },
});

/** "Upload provider response": every mentor of each claim accepted → paid, otherwise provider not approved. */
export const providerResponseJourney = csvUploadJourney({
  journey: "claims-upload-provider-response",
  basePath: `${SAMPLING_PATH}/provider-response/new`,
  returnPath: SAMPLING_PATH,
  spec: PROVIDER_RESPONSE_CSV,
  open: supportApi,
  check: (api, rows, file) => api.claims.support.sampling.checkProviderResponse({ digest: file.digest, rows }),
  apply: async (api, file, lines) => {
    const { approved, notApproved } = await api.claims.support.sampling.applyProviderResponse({ ...file, lines });
    return {
      heading: "Provider response uploaded",
      body: `${plural(approved, "claim was", "claims were")} approved and ${plural(notApproved, "claim was", "claims were")} not approved by the provider.`,
    };
  },
});

// Manual audit steps on one claim: Approve, Confirm provider rejected, Reject claim ---------------------------------

const AUDIT_ACTIONS = z.enum(["approve", "provider-rejected", "reject"]);
/** Which claims each step applies to (the service checks again with a conditional update). */
const AUDIT_FROM: Record<z.infer<typeof AUDIT_ACTIONS>, readonly string[]> = {
  approve: ["sampling_in_progress", "sampling_provider_not_approved"],
  "provider-rejected": ["sampling_in_progress"],
  reject: ["sampling_provider_not_approved"],
};

async function openAuditStep(request: Request, params: LoaderFunctionArgs["params"], requestId?: string) {
  const { api } = await supportApi(request, requestId);
  const claimId = idParam(params, "claimId");
  const step = AUDIT_ACTIONS.safeParse(params.action);
  if (!step.success) throw new Response("Not found", { status: 404 });
  const claim = await orNotFound(api.claims.support.sampling.auditClaim({ claimId }));
  if (!AUDIT_FROM[step.data].includes(claim.status)) throw new Response("Not found", { status: 404 });
  return { api, claim, step: step.data };
}

export async function auditActionLoader({ request, params, context }: LoaderFunctionArgs) {
  const { claim, step } = await openAuditStep(request, params, context.requestId);
  return json({ claim, step });
}

const reasonField = (trainingId: string) => `reason-${trainingId}`;
const REASON_MAX = 500;

export async function auditActionAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { api, claim, step } = await openAuditStep(request, params, context.requestId);
  const values = formValues(form);
  const back = `${SUPPORT_CLAIMS_PATH}/${claim.id}`;
  const errors: Record<string, string> = {};
  const reasons = (trainings: typeof claim.trainings, what: string) =>
    trainings.map((t) => {
      const reason = (values[reasonField(t.id)] ?? "").trim();
      if (!reason) errors[reasonField(t.id)] = `Enter the ${what} for ${t.name}`;
      else if (reason.length > REASON_MAX || CONTROL.test(reason))
        errors[reasonField(t.id)] =
          `The ${what} for ${t.name} must be ${REASON_MAX} characters or fewer, without control characters`;
      return { mentorTrainingId: t.id, reason };
    });
  try {
    if (step === "approve") {
      await api.claims.support.sampling.approve({ claimId: claim.id });
      return redirectWithBanner(request, back, { heading: "Claim approved" });
    }
    if (step === "provider-rejected") {
      const chosen = new Set(form.getAll("mentorTrainingIds").map(String));
      const trainings = claim.trainings.filter((t) => chosen.has(t.id));
      if (trainings.length === 0) errors.mentorTrainingIds = "Select the mentors the provider did not assure";
      const mentors = reasons(trainings, "provider’s reason");
      if (Object.keys(errors).length)
        return redirectWithErrors(request, errors, { ...values, mentorTrainingIds: [...chosen] });
      await api.claims.support.sampling.confirmProviderRejected({ claimId: claim.id, mentors });
      return redirectWithBanner(request, back, { heading: "Provider rejection recorded" });
    }
    const responses = reasons(
      claim.trainings.filter((t) => t.notAssured),
      "school’s response",
    );
    if (Object.keys(errors).length) return redirectWithErrors(request, errors, values);
    await api.claims.support.sampling.reject({ claimId: claim.id, responses });
    return redirectWithBanner(request, back, { heading: "Claim rejected" });
  } catch (error) {
    const formErrors = formErrorsFromTrpc(error);
    if (formErrors) return redirectWithErrors(request, formErrors, values);
    throwHttpError(error);
  }
}

// Control characters other than tab, line feed and carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
