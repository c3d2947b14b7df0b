import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { destroySession } from "#server/auth/session.ts";
import { matchSignInUser } from "#server/auth/sign-in.service.ts";
import { getDb } from "#server/db.ts";
import { logger } from "#server/logger.ts";
import { readCookie, sessionCookieName } from "~/lib/cookies.server";
import { readForm } from "~/lib/form.server";
import { getSession, requestService, safeReturnTo, startSession } from "~/lib/session.server";
import { organisationPickerPath, type ServiceName } from "~/lib/services";
import { DfeSignInError, type DfeSignInIdentity } from "./dfe-sign-in-strategy.server";
import { authenticatorFor, dfeSignInConfigured, strategyFor, strategyName } from "./oidc.server";
import { limitSignIn } from "./rate-limit.server";

function serviceOf(request: Request): ServiceName {
  const service = requestService(request);
  if (!service) throw new Response("Not found", { status: 404 });
  return service;
}

const signInPath = (service: ServiceName, error?: "failed" | "no-access") =>
  `/${service}/sign-in${error ? `?error=${error}` : ""}`;

/** GET /<service>/auth/dfe: starting a sign-in is a POST (CSRF-protected); a GET goes to the sign-in page. */
export async function dfeStartLoader({ request }: LoaderFunctionArgs) {
  throw redirect(signInPath(serviceOf(request)));
}

/** POST /<service>/auth/dfe: checks the CSRF token, then sends the browser to DfE Sign-in. */
export async function dfeStartAction({ request, context }: ActionFunctionArgs) {
  const service = serviceOf(request);
  await limitSignIn(request, context, service);
  if (!dfeSignInConfigured(service)) throw new Response("Not found", { status: 404 });
  await readForm(request);
  // The strategy needs the URL (returnTo) only; the body has been read.
  const bodiless = new Request(request.url, { method: "POST", headers: request.headers });
  try {
    await authenticatorFor(service).authenticate(strategyName(service), bodiless);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown; // the redirect to the provider, with the flow cookie
    logSignInFailure(context.requestId, service, thrown);
    return redirect(signInPath(service, "failed"), 303);
  }
  throw new Error("DfE Sign-in strategy did not redirect");
}

/**
 * GET /<service>/auth/callback: finishes the flow, matches the person to a user of the service and
 * starts a new session (new id: no fixation). Any failure is a redirect with a log line, never a 500.
 */
export async function dfeCallbackLoader({ request, context }: LoaderFunctionArgs) {
  const service = serviceOf(request);
  await limitSignIn(request, context, service);
  const headers = new Headers();
  let identity: DfeSignInIdentity;
  try {
    const clear = await strategyFor(service).clearFlowCookie(request);
    if (clear) headers.append("Set-Cookie", clear);
    identity = await authenticatorFor(service).authenticate(strategyName(service), request);
  } catch (thrown) {
    logSignInFailure(context.requestId, service, thrown);
    return redirect(signInPath(service, "failed"), { headers });
  }
  try {
    const db = await getDb();
    const match = await matchSignInUser(db, service, identity);
    if (!match.ok) {
      logger.warn(
        { requestId: context.requestId, service, method: "dfe-sign-in", reason: match.reason },
        "sign-in denied: no access to this service",
      );
      return redirect(signInPath(service, "no-access"), { headers });
    }
    if (match.matchedBy === "email") {
      logger.info(
        { requestId: context.requestId, service, userId: match.userId },
        "DfE Sign-in account bound to pre-provisioned user on first sign-in",
      );
    }
    // Whatever session this browser had for the service ends here; the new one gets a new id.
    await destroySession(db, readCookie(request, sessionCookieName(service)));
    headers.append("Set-Cookie", await startSession(service, match.userId, identity.idToken));
    logger.info(
      { requestId: context.requestId, service, userId: match.userId, method: "dfe-sign-in" },
      "sign-in succeeded",
    );
    return redirect(safeReturnTo(identity.returnTo, organisationPickerPath(service), service), { headers });
  } catch (err) {
    logSignInFailure(context.requestId, service, err);
    return redirect(signInPath(service, "failed"), { headers });
  }
}

function logSignInFailure(requestId: string, service: ServiceName, err: unknown) {
  if (err instanceof DfeSignInError) {
    logger.warn(
      { requestId, service, method: "dfe-sign-in", reason: err.reason, detail: err.detail },
      "sign-in failed",
    );
  } else {
    // Name only: messages from libraries may quote response bodies.
    logger.error(
      { requestId, service, method: "dfe-sign-in", reason: "unexpected", errorName: (err as Error)?.name },
      "sign-in failed",
    );
  }
}

/** GET /<service>/signed-out: where DfE Sign-in returns after RP-initiated logout. */
export async function signedOutLoader({ request }: LoaderFunctionArgs) {
  const service = serviceOf(request);
  const signedIn = Boolean(await getSession(request, service));
  return json({ service, signedIn });
}
