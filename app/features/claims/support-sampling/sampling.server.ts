import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import {
  PROVIDER_RESPONSE_CSV,
  SAMPLING_HEADERS,
  SamplingRow,
} from "#server/claims/support/sampling/sampling.schema.ts";
import { csvUploadJourney } from "~/lib/csv-upload.server";
import { orNotFound } from "~/lib/trpc.server";
import { SUPPORT_CLAIMS_PATH, supportApi } from "../support-claims/support-claims.server";

export const SAMPLING_PATH = `${SUPPORT_CLAIMS_PATH}/sampling`;

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
