import { logger } from "#server/logger.ts";
import { CSRF_FIELD, isValidCsrf } from "./csrf.server.ts";

/** Largest urlencoded body an action will read (forms here are small). */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * Reads a submitted form after checking its CSRF token. Every action starts here:
 * a missing or wrong token is a 403 and nothing else runs.
 */
export async function readForm(request: Request): Promise<FormData> {
  const length = Number(request.headers.get("Content-Length") ?? 0);
  if (length > MAX_BODY_BYTES) throw new Response("Payload too large", { status: 413 });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new Response("Bad request", { status: 400 });
  }
  if (!isValidCsrf(request, form.get(CSRF_FIELD))) {
    logger.warn(
      { requestId: request.headers.get("x-request-id"), path: new URL(request.url).pathname },
      "denied: CSRF token missing or invalid",
    );
    throw new Response("Forbidden", { status: 403 });
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
