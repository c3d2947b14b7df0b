import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { findPersonaUser, listPersonas } from "#server/auth/persona.service.ts";
import { destroySession } from "#server/auth/session.ts";
import { recordSignIn } from "#server/auth/sign-in.service.ts";
import { getDb } from "#server/db.ts";
import { env } from "#server/env.ts";
import { logger } from "#server/logger.ts";
import { readCookie, sessionCookieName } from "~/lib/cookies.server";
import { readForm } from "~/lib/form.server";
import { requestService, safeReturnTo, startSession } from "~/lib/session.server";
import { organisationPickerPath, type ServiceName } from "~/lib/services";
import { limitSignIn } from "./rate-limit.server";

/**
 * Persona sign-in for development, demos and tests. Exists only when PERSONAS_ENABLED is set;
 * the app refuses to start with it in production unless a demo override says so (server/env.ts).
 */
function serviceOr404(request: Request): ServiceName {
  const service = requestService(request);
  if (!service || !env().PERSONAS_ENABLED) throw new Response("Not found", { status: 404 });
  return service;
}

export async function personasLoader({ request }: LoaderFunctionArgs) {
  const service = serviceOr404(request);
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get("returnTo"), "", service);
  return json({ personas: await listPersonas(await getDb(), service), returnTo });
}

export async function personasAction({ request, context }: ActionFunctionArgs) {
  const service = serviceOr404(request);
  await limitSignIn(request, context, service);
  const form = await readForm(request);
  const db = await getDb();
  const user = await findPersonaUser(db, service, String(form.get("email") ?? ""));
  if (!user) {
    logger.warn({ requestId: context.requestId, service }, "sign-in failed: unknown persona");
    throw new Response("Not found", { status: 404 });
  }
  await recordSignIn(db, user.id);
  logger.info({ requestId: context.requestId, service, userId: user.id, method: "persona" }, "sign-in succeeded");
  // Any earlier session of this browser for the service ends; the new one gets a new id.
  await destroySession(db, readCookie(request, sessionCookieName(service)));
  const cookie = await startSession(service, user.id);
  const to = safeReturnTo(form.get("returnTo"), organisationPickerPath(service), service);
  return redirect(to, { status: 303, headers: { "Set-Cookie": cookie } });
}
