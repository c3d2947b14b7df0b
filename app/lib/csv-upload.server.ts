import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { logger } from "#server/logger.ts";
import { CSRF_FIELD, isValidCsrf } from "./csrf.server.ts";

/** Largest CSV a support user may upload (a payer response for 10,000 claims is about 600 KB). */
export const CSV_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
/** Beyond this the request is cut off instead of read to the end (the browser then shows its own error). */
const HARD_LIMIT_BYTES = 10 * CSV_UPLOAD_MAX_BYTES;
const MAX_TEXT_FIELD_BYTES = 4 * 1024;
const MAX_PARTS = 10;

export type CsvUpload =
  | { ok: true; fields: Record<string, string>; fileName: string; bytes: Uint8Array }
  | { ok: false; fields: Record<string, string>; error: string };

/**
 * Reads a multipart form with one CSV file (field `fileField`), streaming: the file is kept in memory only up to
 * `maxBytes`; anything beyond is counted and discarded so the user gets a "too large" error instead of a dropped
 * connection. The CSRF token is checked before the result is used (403 when wrong), exactly as `readForm` does.
 * Only `text/csv` files are accepted.
 */
export async function readCsvUpload(
  request: Request,
  fileField: string,
  maxBytes = CSV_UPLOAD_MAX_BYTES,
): Promise<CsvUpload> {
  const length = Number(request.headers.get("Content-Length") ?? 0);
  if (length > HARD_LIMIT_BYTES) throw new Response("Payload too large", { status: 413 });
  let total = 0;
  let parts = 0;
  let tooLarge = false;
  let file: { name: string; type: string; bytes: Uint8Array } | null = null;

  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    parts += 1;
    if (parts > MAX_PARTS) throw new Response("Bad request", { status: 400 });
    const isFile = typeof filename === "string";
    const limit = isFile && name === fileField ? maxBytes : MAX_TEXT_FIELD_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
      total += chunk.byteLength;
      if (total > HARD_LIMIT_BYTES) throw new Response("Payload too large", { status: 413 });
      size += chunk.byteLength;
      if (size <= limit) chunks.push(chunk);
    }
    if (size > limit) {
      if (isFile && name === fileField) tooLarge = true;
      return undefined;
    }
    const bytes = Buffer.concat(chunks);
    if (isFile) {
      if (name === fileField && filename) file = { name: filename, type: contentType, bytes };
      return undefined;
    }
    return bytes.toString("utf8");
  };

  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof Response) throw error;
    throw new Response("Bad request", { status: 400 });
  }
  if (!isValidCsrf(request, form.get(CSRF_FIELD))) {
    logger.warn(
      { requestId: request.headers.get("x-request-id"), path: new URL(request.url).pathname },
      "denied: CSRF token missing or invalid",
    );
    throw new Response("Forbidden", { status: 403 });
  }
  const fields: Record<string, string> = Object.create(null);
  for (const [key, value] of form.entries()) if (key !== CSRF_FIELD && typeof value === "string") fields[key] = value;

  const megabytes = Math.round(maxBytes / (1024 * 1024));
  if (tooLarge) return { ok: false, fields, error: `The selected file must be smaller than ${megabytes}MB` };
  const uploaded = file as { name: string; type: string; bytes: Uint8Array } | null;
  if (!uploaded || (uploaded.bytes.byteLength === 0 && !uploaded.name)) {
    return { ok: false, fields, error: "Select a CSV file to upload" };
  }
  if (uploaded.type !== "text/csv") return { ok: false, fields, error: "The selected file must be a CSV" };
  if (uploaded.bytes.byteLength === 0) return { ok: false, fields, error: "The selected file is empty" };
  return { ok: true, fields, fileName: uploaded.name.slice(0, 255), bytes: uploaded.bytes };
}
