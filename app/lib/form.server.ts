import { json } from "@remix-run/node";
import { logger } from "#server/logger.ts";
import { CSRF_FIELD, isValidCsrf } from "./csrf.server.ts";
import { getSession, hasExpiredSession, signedOutRedirect } from "./session.server.ts";

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/**
 * Reads a submitted form after checking its CSRF token. Every action starts here:
 * a missing or wrong token is a 403 and nothing else runs.
 *
 * The body arrives already capped while it streams (FORM_BODY_LIMIT, or the route's
 * `handle.maxBodyBytes` for uploads: server/http/body-limit.ts); anything but a form is a 415.
 */
export async function readForm(request: Request): Promise<FormData> {
  const requestId = request.headers.get("x-request-id");
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (!FORM_TYPES.has(type)) throw json({ requestId }, { status: 415 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw json({ requestId }, { status: 400 });
  }
  const session = await getSession(request);
  if (!isValidCsrf(request, form.get(CSRF_FIELD), session?.id)) {
    // The session ended (idle or absolute limit) while the page was open: say so on the sign-in page.
    if (!session && hasExpiredSession(request)) throw signedOutRedirect(request);
    logger.warn(
      {
        requestId,
        userId: session?.user.id,
        route: new URL(request.url).pathname,
        reason: "CSRF token missing or invalid",
      },
      "denied: CSRF token missing or invalid",
    );
    throw json({ requestId }, { status: 403 });
  }
  form.delete(CSRF_FIELD);
  return form;
}

/** Plain object of single string values (the last wins for repeated keys, deterministically). */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of form.entries()) {
    if (typeof value === "string") out[key] = value;
  }
  return out;
}
