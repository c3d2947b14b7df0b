import { redirect } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import { storable } from "#server/shared/validation/text.ts";
import { readSessionForPageView } from "#server/auth/session-reuse.ts";
import { noteSessionChanged, requestScopeCache } from "#server/trpc/request-scope.ts";
import {
  createSession,
  destroySession,
  readSession,
  setFlash,
  takeFlash,
  type ActiveSession,
} from "#server/auth/session.ts";
import {
  clearCookie,
  readCookie,
  serializeCookie,
  sessionCookieName,
  sessionVersionCookieName,
} from "./cookies.server.ts";
import { serviceFromPath, type ServiceName } from "./services.ts";

export type Flash = {
  /** A banner shown once on the next page: success (default), or important (something the user must know). */
  banner?: { type?: "success" | "important"; title?: string; heading: string; body?: string };
  /** Form errors and submitted values for Post/Redirect/Get, tied to the page that showed the form. */
  form?: { path: string; errors: Record<string, string>; values: Record<string, unknown> };
};

export function requestService(request: Request): ServiceName | null {
  return serviceFromPath(new URL(request.url).pathname);
}

// A request reads its session once, however many loaders ask.
const cache = new WeakMap<Request, Partial<Record<ServiceName, Promise<ActiveSession | null>>>>();

export function getSession(request: Request, service = requestService(request)): Promise<ActiveSession | null> {
  if (!service) return Promise.resolve(null);
  let byService = cache.get(request);
  if (!byService) cache.set(request, (byService = {}));
  let pending = byService[service];
  if (!pending) {
    pending = getDb().then((db) => {
      const token = readCookie(request, sessionCookieName(service));
      // A page view served by the server may reuse a recent read of its session: the server's request handling
      // forgets such reads when data may have changed and versions them per browser (server/auth/session-reuse.ts).
      return isPageView(request) && requestScopeCache()
        ? readSessionForPageView(db, token, service, readCookie(request, sessionVersionCookieName()))
        : readSession(db, token, service);
    });
    byService[service] = pending;
  }
  return pending;
}

const isPageView = (request: Request) => request.method === "GET" || request.method === "HEAD";

export { safeReturnTo } from "./return-to";

export async function requireSession(request: Request): Promise<ActiveSession> {
  const service = requestService(request);
  if (!service) throw new Response("Not found", { status: 404 });
  const session = await getSession(request, service);
  if (!session) {
    if (hasExpiredSession(request)) throw signedOutRedirect(request);
    throw redirect(`/${service}/sign-in?returnTo=${encodeURIComponent(returnToOf(request))}`);
  }
  return session;
}

function returnToOf(request: Request) {
  const url = new URL(request.url);
  return request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
}

/**
 * The browser still sends a session cookie that no longer opens a session: it ended by the idle or
 * absolute limit (or was revoked). Call only after getSession found none.
 */
export function hasExpiredSession(request: Request) {
  const service = requestService(request);
  return Boolean(service && readCookie(request, sessionCookieName(service)));
}

/** To the sign-in page with the "You have been signed out" notice, clearing the dead cookie. */
export function signedOutRedirect(request: Request) {
  const service = requestService(request) ?? "claims";
  return redirect(`/${service}/sign-in?signedOut=true&returnTo=${encodeURIComponent(returnToOf(request))}`, {
    status: 303,
    headers: { "Set-Cookie": clearCookie(sessionCookieName(service)) },
  });
}

/**
 * The ONE support guard for pages: a signed-in support user of the service the request came through (sessions are
 * per service). Anyone else gets the same 404 as a missing page, so the console's pages are not revealed.
 */
export async function requireSupport(request: Request): Promise<ActiveSession> {
  const session = await requireSession(request);
  if (!session.user.isSupport) throw new Response("Not found", { status: 404 });
  return session;
}

/** Starts a signed-in session with a new id (no fixation) and returns the Set-Cookie header. */
export async function startSession(service: ServiceName, userId: string, idToken?: string | null) {
  const db = await getDb();
  const token = await createSession(db, { userId, service, idToken });
  return serializeCookie(sessionCookieName(service), token);
}

export async function endSession(request: Request, service: ServiceName) {
  const db = await getDb();
  await destroySession(db, readCookie(request, sessionCookieName(service)));
  return clearCookie(sessionCookieName(service));
}

export async function flash(request: Request, value: Flash) {
  const session = await getSession(request);
  if (!session) return;
  // Bounded and free of NUL: submitted values are copied here to re-fill the form.
  await setFlash(await getDb(), session.id, storable(value));
  noteSessionChanged();
}

export async function consumeFlash(request: Request): Promise<Flash | null> {
  const session = await getSession(request);
  if (!session) return null;
  return (await takeFlash(await getDb(), session)) as Flash | null;
}

/** Post/Redirect/Get for invalid forms: keep the errors and values, redirect back to the form. */
export async function redirectWithErrors(
  request: Request,
  errors: Record<string, string>,
  values: Record<string, unknown>,
  to?: string,
) {
  const url = new URL(request.url);
  const path = to ?? `${url.pathname}${url.search}`;
  await flash(request, { form: { path: new URL(path, url).pathname, errors, values } });
  return redirect(path, 303);
}

export async function redirectWithBanner(request: Request, to: string, banner: NonNullable<Flash["banner"]>) {
  await flash(request, { banner });
  return redirect(to, 303);
}
