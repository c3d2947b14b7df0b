import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { env } from "#server/env.ts";
import { logger } from "#server/logger.ts";
import { readForm } from "~/lib/form.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { endSession, getSession, requestService, requireSession, safeReturnTo } from "~/lib/session.server";
import { landingPath, organisationPickerPath, type ServiceName } from "~/lib/services";

function serviceOf(request: Request): ServiceName {
  const service = requestService(request);
  if (!service) throw new Response("Not found", { status: 404 });
  return service;
}

/** The sign-in page: DfE Sign-in when configured, personas when enabled. Signed-in users go onwards. */
export async function signInLoader({ request }: LoaderFunctionArgs) {
  const service = serviceOf(request);
  if (await getSession(request, service)) throw redirect(organisationPickerPath(service));
  const url = new URL(request.url);
  const config = env();
  return json({
    service,
    returnTo: safeReturnTo(url.searchParams.get("returnTo"), "", service),
    noAccess: url.searchParams.get("error") === "no-access",
    failed: url.searchParams.get("error") === "failed",
    signedOut: url.searchParams.get("signedOut") === "true",
    dfeSignIn: Boolean(config.DFE_SIGN_IN_ISSUER),
    personas: config.PERSONAS_ENABLED,
  });
}

/** POST sign-out: the server-side session row is deleted, so a copied cookie stops working. */
export async function signOutAction({ request, context }: ActionFunctionArgs) {
  const service = serviceOf(request);
  await readForm(request);
  const session = await getSession(request, service);
  const cookie = await endSession(request, service);
  if (session) logger.info({ requestId: context.requestId, service, userId: session.user.id }, "signed out");
  const { endSessionUrl } = await import("./oidc.server");
  const to = session?.idToken ? await endSessionUrl(service, session.idToken) : `/${service}/sign-in`;
  return redirect(to, { status: 303, headers: { "Set-Cookie": cookie } });
}

/**
 * The organisation picker, which is also where sign-in lands: support users go to their
 * console, members of one organisation to its home page, others choose.
 */
export async function organisationsLoader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request);
  const api = await callerFor(request, context.requestId);
  const organisations = await orNotFound(
    user.service === "claims" ? api.claims.organisation.mine() : api.placements.organisation.mine(),
  );
  if (user.isSupport || organisations.length === 1)
    throw redirect(landingPath(user.service, user.isSupport, organisations));
  // Claims provider users have their own landing (the provider portal), as in the reference (/providers).
  if (user.service === "claims" && organisations.length > 1 && organisations.every((o) => o.kind === "provider"))
    throw redirect("/claims/providers");
  return json({ organisations, service: user.service });
}
