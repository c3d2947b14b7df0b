import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { DeclarationVersionForm } from "#server/claims/claim/claim.schema.ts";
import { ConflictError, DomainError } from "#server/errors.ts";
import { formValues, readForm } from "~/lib/form.server";
import { idParam } from "~/lib/params.server";
import { redirectWithBanner, redirectWithErrors, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { parseWith } from "~/lib/validation";
import { claimChangedBanner, handleClaimError } from "./claim-wizard.server";

const academicYearParam = z.string().uuid();

/** Claims index (school home): one academic year, tabs for the others. */
export async function claimsListLoader({ request, params, context }: LoaderFunctionArgs) {
  const schoolId = idParam(params, "schoolId");
  await requireSession(request);
  const requested = new URL(request.url).searchParams.get("academicYearId");
  if (requested !== null && !academicYearParam.safeParse(requested).success)
    throw new Response("Not found", { status: 404 });
  const api = await callerFor(request, context.requestId);
  // The procedure's guard is the school check (another school's id is a 404); the layout shows the school's name.
  const list = await orNotFound(api.claims.claim.list({ schoolId, academicYearId: requested ?? undefined }));
  return json({ schoolId, ...list });
}

async function loadClaim(args: LoaderFunctionArgs) {
  const schoolId = idParam(args.params, "schoolId");
  const claimId = idParam(args.params, "claimId");
  const session = await requireSession(args.request);
  const api = await callerFor(args.request, args.context.requestId);
  const claim = await orNotFound(api.claims.claim.byId({ schoolId, claimId }));
  return {
    schoolId,
    claimId,
    api,
    claim,
    isSupport: session.user.isSupport,
    base: `/claims/schools/${schoolId}/claims`,
  };
}

export async function claimLoader(args: LoaderFunctionArgs) {
  const { schoolId, claim, isSupport } = await loadClaim(args);
  return json({ schoolId, claim, isSupport });
}

/** Declaration page: a school user submits a draft (e.g. one support created). */
export async function submitClaimLoader(args: LoaderFunctionArgs) {
  const { schoolId, claim, isSupport } = await loadClaim(args);
  if (!claim.canSubmit) {
    // A school's draft whose claim window has closed: say so on the claim page rather than "Page not found".
    if (claim.status === "draft" && !isSupport)
      return redirectWithBanner(args.request, `/claims/schools/${schoolId}/claims/${claim.id}`, WINDOW_CLOSED_BANNER);
    throw new Response("Not found", { status: 404 });
  }
  return json({ schoolId, claim });
}

export async function submitClaimAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const values = formValues(form);
  const { schoolId, claimId, api, base } = await loadClaimForAction(args);
  const parsed = parseWith(DeclarationVersionForm, values);
  if (!parsed.ok)
    return redirectWithErrors(args.request, { form: "This claim has been changed by someone else" }, values);
  try {
    const result = await api.claims.claim.submit({ schoolId, claimId, version: parsed.data.version });
    return redirect(`${base}/${result.claimId}/confirmation`, 303);
  } catch (error) {
    const cause = error instanceof TRPCError ? error.cause : undefined;
    // Someone else submitted, changed or removed the draft first: the declaration no longer stands.
    if (cause instanceof ConflictError) return redirectWithBanner(args.request, base, claimChangedBanner(cause));
    if (cause instanceof DomainError && WINDOW_CLOSED.test(cause.message))
      return redirectWithBanner(args.request, `${base}/${claimId}`, WINDOW_CLOSED_BANNER);
    return handleClaimError(args.request, error, values, `${base}/rejected`);
  }
}

const WINDOW_CLOSED = /claim window is closed/;
const WINDOW_CLOSED_BANNER = {
  type: "important",
  heading: "You cannot submit the claim because the claim window is closed",
} as const;

async function loadClaimForAction(args: ActionFunctionArgs) {
  const schoolId = idParam(args.params, "schoolId");
  const claimId = idParam(args.params, "claimId");
  const api = await callerFor(args.request, args.context.requestId);
  return { schoolId, claimId, api, base: `/claims/schools/${schoolId}/claims` };
}

export async function removeClaimLoader(args: LoaderFunctionArgs) {
  const { schoolId, claim } = await loadClaim(args);
  if (!claim.canRemove) throw new Response("Not found", { status: 404 });
  return json({ schoolId, claim });
}

export async function removeClaimAction(args: ActionFunctionArgs) {
  const form = await readForm(args.request);
  const values = formValues(form);
  const { schoolId, claimId, api, base } = await loadClaimForAction(args);
  try {
    await api.claims.claim.remove({ schoolId, claimId });
  } catch (error) {
    return handleClaimError(args.request, error, values, `${base}/rejected`);
  }
  return redirectWithBanner(args.request, base, { heading: "Claim removed" });
}

export async function confirmationLoader(args: LoaderFunctionArgs) {
  const { schoolId, claim, isSupport } = await loadClaim(args);
  // The "Claim submitted" panel is the submitting school user's (reference ClaimPolicy#confirmation?).
  if (claim.status === "draft" || isSupport) throw redirect(`/claims/schools/${schoolId}/claims/${claim.id}`, 303);
  return json({ schoolId, claim });
}

export async function rejectedLoader({ request, params, context }: LoaderFunctionArgs) {
  const schoolId = idParam(params, "schoolId");
  const api = await callerFor(request, context.requestId);
  await orNotFound(api.claims.school.byId({ schoolId }));
  return json({ schoolId });
}
