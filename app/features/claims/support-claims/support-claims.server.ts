import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import { dateInput } from "#server/shared/validation/date-input.ts";
import {
  LISTED_CLAIM_STATUSES,
  SupportDetailsInput,
  TRAINING_TYPES,
  UNASSIGNED,
  type ClaimFilters,
} from "#server/claims/support/claims/support-claims.schema.ts";
import { deleteWizardState, loadWizardState, saveWizardState } from "#server/wizard/wizard-state.ts";
import { csvResponse } from "~/lib/csv-download.server";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";
import { parseWith } from "~/lib/validation";

import { SUPPORT_CLAIMS_PATH } from "./paths";

export { SUPPORT_CLAIMS_PATH };
const FILTERS_JOURNEY = "claims-support-claims-filters";
const FILTERS_KEY = "all-claims";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Support only: anyone else gets the same 404 as a missing page. */
export async function supportApi(request: Request, requestId?: string) {
  const session = await requireSupport(request);
  return { api: await callerFor(request, requestId), session };
}

type DateParts = { day: string; month: string; year: string };

/** The filters in a URL; malformed values are dropped (a hand-edited URL never breaks the page), bad dates reported. */
export function filtersFromUrl(url: URL) {
  const sp = url.searchParams;
  const all = (name: string) => [...new Set(sp.getAll(name).map((v) => v.trim()))].slice(0, 100);
  const ids = (name: string) => all(name).filter((v) => UUID.test(v));
  const oneOf = <T extends string>(name: string, allowed: readonly T[]) =>
    all(name).filter((v): v is T => (allowed as readonly string[]).includes(v));
  const text = (name: string) => {
    const v = (sp.get(name) ?? "").trim();
    return v && v.length <= 100 && !/[\u0000-\u001f\u007f-\u009f]/.test(v) ? v : undefined;
  };
  const errors: Record<string, string> = {};
  const dates: Record<string, DateParts> = {};
  const date = (name: "submittedAfter" | "submittedBefore", label: string) => {
    const parts = {
      day: sp.get(`${name}-day`) ?? "",
      month: sp.get(`${name}-month`) ?? "",
      year: sp.get(`${name}-year`) ?? "",
    };
    dates[name] = { day: parts.day.slice(0, 4), month: parts.month.slice(0, 4), year: parts.year.slice(0, 4) };
    if (!parts.day.trim() && !parts.month.trim() && !parts.year.trim()) return undefined;
    const parsed = dateInput({ required: `Enter ${label.toLowerCase()}`, label }).safeParse(parts);
    if (parsed.success) return parsed.data;
    errors[name] = parsed.error.issues[0]?.message ?? `${label} must be a real date`;
    return undefined;
  };
  const academicYearId = sp.get("academicYearId") ?? "";
  const filters: ClaimFilters = {
    reference: text("reference"),
    schoolIds: ids("schoolIds"),
    providerIds: ids("providerIds"),
    mentorIds: ids("mentorIds"),
    claimWindowIds: ids("claimWindowIds"),
    supportUserIds: all("supportUserIds").filter((v) => v === UNASSIGNED || UUID.test(v)),
    statuses: oneOf("statuses", LISTED_CLAIM_STATUSES),
    trainingTypes: oneOf("trainingTypes", TRAINING_TYPES),
    academicYearId: UUID.test(academicYearId) ? academicYearId : undefined,
    submittedAfter: date("submittedAfter", "Submitted after"),
    submittedBefore: date("submittedBefore", "Submitted before"),
  };
  const searches = {
    schoolSearch: text("schoolSearch"),
    providerSearch: text("providerSearch"),
    mentorSearch: text("mentorSearch"),
  };
  const page = Math.min(100_000, Math.max(1, Number.parseInt(sp.get("page") ?? "1", 10) || 1));
  return { filters, searches, dates, errors, page };
}

/**
 * The filters are remembered for the session: opening All claims without any (from the navigation) brings back the
 * last ones used; "Clear filters" forgets them. Filtered URLs carry `applied=1`, so removing the last filter tag does
 * not bring the old ones back.
 */
async function rememberFilters(request: Request, sessionId: string) {
  const url = new URL(request.url);
  const db = await getDb();
  if (url.searchParams.has("clear")) {
    await deleteWizardState(db, sessionId, FILTERS_JOURNEY, FILTERS_KEY);
    throw redirect(SUPPORT_CLAIMS_PATH);
  }
  const query = new URLSearchParams(url.searchParams);
  query.delete("page");
  const saved = await loadWizardState<{ query: string }>(db, sessionId, FILTERS_JOURNEY, FILTERS_KEY);
  if (url.search === "" && saved?.query) throw redirect(`${SUPPORT_CLAIMS_PATH}?${saved.query}`);
  if (url.search !== "" && saved?.query !== query.toString()) {
    await saveWizardState(db, sessionId, FILTERS_JOURNEY, FILTERS_KEY, { query: query.toString() });
  }
}

export async function supportClaimsLoader({ request, context }: LoaderFunctionArgs) {
  const { api, session } = await supportApi(request, context.requestId);
  await rememberFilters(request, session.id);
  const url = new URL(request.url);
  const { filters, searches, dates, errors, page } = filtersFromUrl(url);
  const { options, ...result } = await orNotFound(api.claims.support.claims.list({ ...filters, ...searches, page }));
  // As the list was filtered: the year asked for, else the default; claim windows of other years left out.
  const academicYearId = filters.academicYearId ?? options.defaultAcademicYearId ?? undefined;
  const year = options.academicYears.find((y) => y.id === academicYearId);
  const windowIds = new Set(year?.windows.map((w) => w.id) ?? []);
  const effective: ClaimFilters = {
    ...filters,
    academicYearId,
    claimWindowIds: filters.claimWindowIds.filter((id) => windowIds.has(id)),
  };
  const exportQuery = new URLSearchParams(url.searchParams);
  exportQuery.delete("page");
  return json({
    ...result,
    filters: effective,
    searches,
    dates,
    errors,
    options,
    search: url.search,
    exportHref: `${SUPPORT_CLAIMS_PATH}/download?${exportQuery}`,
  });
}

/** GET …/claims/download?<filters>: the filtered claims as `claims-YYYY-MM-DD.csv`. */
export async function supportClaimsDownloadLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const { filters } = filtersFromUrl(new URL(request.url));
  if (!filters.academicYearId) {
    const options = await orNotFound(
      api.claims.support.claims.filterOptions({ schoolIds: [], providerIds: [], mentorIds: [] }),
    );
    filters.academicYearId = options.defaultAcademicYearId ?? undefined;
  }
  const file = await orNotFound(api.claims.support.claims.exportCsv(filters));
  return csvResponse(file.filename, file.stream);
}

// Support claim page ---------------------------------------------------------------------------------------------

export async function supportClaimLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const page = Math.min(
    10_000,
    Math.max(1, Number.parseInt(new URL(request.url).searchParams.get("page") ?? "1", 10) || 1),
  );
  const [claim, activity] = await Promise.all([
    orNotFound(api.claims.support.claims.byId({ claimId })),
    orNotFound(api.claims.support.claims.activities({ claimId, page })),
  ]);
  return json({ claim, activity });
}

export async function supportDetailsLoader({ request, params, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const [claim, supportUsers] = await Promise.all([
    orNotFound(api.claims.support.claims.byId({ claimId })),
    orNotFound(api.claims.support.claims.supportUsers()),
  ]);
  return json({ claim, supportUsers });
}

/** One action for both support details pages (support user, Zendesk URL); each posts only its own field. */
export async function supportDetailsAction({ request, params, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { api } = await supportApi(request, context.requestId);
  const claimId = idParam(params, "claimId");
  const values = formValues(form);
  const field = values.field === "zendeskUrl" ? "zendeskUrl" : "supportUserId";
  const schema = SupportDetailsInput.refine((v) => field !== "zendeskUrl" || Boolean(v.zendeskUrl), {
    message: "Enter a Zendesk URL",
    path: ["zendeskUrl"],
  }).refine((v) => field !== "supportUserId" || Boolean(v.supportUserId), {
    message: "Select a support user",
    path: ["supportUserId"],
  });
  const parsed = parseWith(schema, { claimId, version: values.version, [field]: values[field] ?? "" });
  if (!parsed.ok) return redirectWithErrors(request, parsed.errors, values);
  try {
    await api.claims.support.claims.updateSupportDetails(parsed.data);
  } catch (error) {
    const errors = formErrorsFromTrpc(error);
    if (errors) return redirectWithErrors(request, errors, values);
    throwHttpError(error);
  }
  return redirectWithBanner(request, `${SUPPORT_CLAIMS_PATH}/${claimId}`, {
    heading: field === "zendeskUrl" ? "Zendesk URL updated" : "Support user assigned",
  });
}
