import { redirect } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import {
  createSession,
  destroySession,
  readSession,
  setFlash,
  takeFlash,
  type ActiveSession,
} from "#server/auth/session.ts";
import { clearCookie, readCookie, serializeCookie, sessionCookieName } from "./cookies.server.ts";
import { serviceFromPath, type ServiceName } from "./services.ts";

export type Flash = {
  /** Success banner shown once on the next page. */
  banner?: { title?: string; heading: string; body?: string };
  /** Form errors and submitted values for Post/Redirect/Get, tied to the page that showed the form. */
  form?: { path: string; errors: Record<string, string>; values: Record<string, unknown> };
};

export function requestService(request: Request): ServiceName | null {
  return serviceFromPath(new URL(request.url).pathname);
}

// A request reads its session once, however many loaders ask.
const cache = new WeakMap<Request, Promise<ActiveSession | null>>();

export function getSession(request: Request, service = requestService(request)): Promise<ActiveSession | null> {
  if (!service) return Promise.resolve(null);
  let pending = cache.get(request);
  if (!pending) {
    pending = getDb().then((db) => readSession(db, readCookie(request, sessionCookieName(service)), service));
    cache.set(request, pending);
  }
  return pending;
}

/** Only same-site relative paths are kept as a return address (ASVS 3.7.2). */
export function safeReturnTo(value: string | null | undefined, fallback: string) {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}

export async function requireSession(request: Request): Promise<ActiveSession> {
  const service = requestService(request);
  if (!service) throw new Response("Not found", { status: 404 });
  const session = await getSession(request, service);
  if (!session) {
    const url = new URL(request.url);
    const returnTo = request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
    throw redirect(`/${service}/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
  }
  return session;
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
  await setFlash(await getDb(), session.id, value);
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
