/**
 * The ONE way the app reads an uploaded CSV file (payer responses, sampling selections, provider audit responses,
 * clawback responses …), and the ONE upload journey: upload → confirmation (the parsed rows in a table) or
 * upload-errors (row numbers and messages; nothing applied) → apply.
 *
 * A feature describes its file (`CsvUploadSpec`), checks the rows against the database (`check`), and applies the
 * checked lines (`apply`); `csvUploadJourney` gives the start loader, the step loader and the step action, and
 * `~/components/csv/CsvUploadWizardPage` the pages. The route module raises its body cap with
 * `export { uploadHandle as handle } from "~/lib/body-limit.server"`.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import type { z } from "zod";
import { UPLOAD_BODY_LIMIT } from "#server/http/body-limit.ts";
import { logger } from "#server/logger.ts";
import {
  csvDigest,
  decodeCsvBytes,
  parseCsvUpload,
  type CsvRow,
  type CsvRowError,
  type CsvUploadSpec,
} from "#server/shared/csv/csv-upload.ts";
import { CSRF_FIELD, isValidCsrf } from "./csrf.server.ts";
import { readForm } from "./form.server";
import {
  getSession,
  hasExpiredSession,
  redirectWithBanner,
  redirectWithErrors,
  signedOutRedirect,
} from "./session.server";
import { throwHttpError } from "./trpc.server";
import { formErrorsFromTrpc } from "./trpc-errors.server";
import { openWizard, startWizard, type WizardDefinition } from "./wizard.server";

/** Largest CSV a support user may upload (a payer response for 10,000 claims is about 600 KB). */
export const CSV_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
/** The file field of every upload form. */
export const CSV_FIELD = "csvUpload";
const MAX_TEXT_FIELD_BYTES = 4 * 1024;
const MAX_PARTS = 10;

export type CsvUpload =
  | { ok: true; fields: Record<string, string>; fileName: string; bytes: Uint8Array }
  | { ok: false; fields: Record<string, string>; error: string };

/** `text/csv`, or a `.csv` name (some browsers send spreadsheet types for CSV files). */
function looksLikeCsv(file: { name: string; type: string }) {
  const type = file.type.split(";")[0].trim().toLowerCase();
  return type === "text/csv" || /\.csv$/i.test(file.name);
}

/**
 * Reads a multipart form with one CSV file (field `fileField`), streaming: the file is kept in memory only up to
 * `maxBytes`; anything beyond is counted and discarded so the user gets a "too large" error instead of a dropped
 * connection (the whole body is still capped by the route's `handle.maxBodyBytes`: beyond it, the 413 page). The
 * CSRF token is checked exactly as `readForm` does (403 when wrong, sign-in when the session ended).
 */
export async function readCsvUpload(
  request: Request,
  fileField = CSV_FIELD,
  maxBytes = CSV_UPLOAD_MAX_BYTES,
): Promise<CsvUpload> {
  const requestId = request.headers.get("x-request-id");
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "multipart/form-data") throw json({ requestId }, { status: 415 });
  let parts = 0;
  let tooLarge = false;
  let file: { name: string; type: string; bytes: Uint8Array } | null = null;

  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    parts += 1;
    if (parts > MAX_PARTS) throw json({ requestId }, { status: 400 });
    const isFile = typeof filename === "string";
    const limit = isFile && name === fileField ? maxBytes : MAX_TEXT_FIELD_BYTES;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of data) {
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
    throw json({ requestId }, { status: 400 });
  }
  const session = await getSession(request);
  if (!isValidCsrf(request, form.get(CSRF_FIELD), session?.id)) {
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
  const fields: Record<string, string> = Object.create(null);
  for (const [key, value] of form.entries()) if (key !== CSRF_FIELD && typeof value === "string") fields[key] = value;

  const megabytes = Math.round(maxBytes / (1024 * 1024));
  if (tooLarge) return { ok: false, fields, error: `The selected file must be smaller than ${megabytes}MB` };
  const uploaded = file as { name: string; type: string; bytes: Uint8Array } | null;
  if (!uploaded) return { ok: false, fields, error: "Select a CSV file to upload" };
  if (!looksLikeCsv(uploaded)) return { ok: false, fields, error: "The selected file must be a CSV" };
  if (uploaded.bytes.byteLength === 0) return { ok: false, fields, error: "The selected file is empty" };
  return { ok: true, fields, fileName: uploaded.name.slice(0, 255), bytes: uploaded.bytes };
}

// The upload journey -----------------------------------------------------------------------------------------------

export const UPLOAD_STEP = "upload";
export const CONFIRMATION_STEP = "confirmation";
export const UPLOAD_ERRORS_STEP = "upload-errors";

export type CsvUploadState<L> = {
  fileName?: string;
  digest?: string;
  /** The checked lines, ready to apply (shown on the confirmation step). */
  lines?: L[];
  /** Row errors of the last file (shown on the upload-errors step). */
  rowErrors?: CsvRowError[];
};

export type CsvCheck<L> = { ok: true; lines: L[] } | { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

export type CsvFile = { fileName: string; digest: string };

export interface CsvUploadJourney<S extends z.ZodType, L, A> {
  /** Wizard journey name (one per upload). */
  journey: string;
  /** The journey's start URL (…/new); steps are …/new/:key/:step. */
  basePath: string;
  /** Where Cancel, Back from the upload step, and the finished journey go. */
  returnPath: string;
  /** The file's columns and row schema. */
  spec: CsvUploadSpec<S>;
  /** Opens the API for this request (and refuses users who may not upload: 404). */
  open(request: Request, requestId?: string): Promise<{ api: A }>;
  /** The feature's own checks of the parsed rows (unknown references, duplicates, wrong statuses …). */
  check(api: A, rows: CsvRow<z.infer<S>>[], file: CsvFile): Promise<CsvCheck<L>>;
  /** Applies the checked lines (one transaction); returns the success banner. */
  apply(api: A, file: CsvFile, lines: L[]): Promise<{ heading: string; body?: string }>;
}

/** Loader, step loader and step action for an upload → confirmation | upload-errors journey. */
export function csvUploadJourney<S extends z.ZodType, L, A>(def: CsvUploadJourney<S, L, A>) {
  const wizard: WizardDefinition<CsvUploadState<L>> = {
    journey: def.journey,
    steps: (s) => [UPLOAD_STEP, s.rowErrors?.length ? UPLOAD_ERRORS_STEP : CONFIRMATION_STEP],
    isComplete: (step, s) =>
      step === UPLOAD_STEP ? Boolean(s.digest && (s.lines?.length || s.rowErrors?.length)) : false,
  };
  const open = async (request: Request, requestId: string | undefined, key: string | undefined, step: string) => {
    const { api } = await def.open(request, requestId);
    const opened = await openWizard(request, wizard, def.basePath, key);
    opened.assertReachable(step);
    return { api, wizard: opened };
  };

  async function startLoader({ request, context }: LoaderFunctionArgs) {
    await def.open(request, context.requestId);
    return startWizard(request, wizard, def.basePath);
  }

  async function stepLoader({ request, params, context }: LoaderFunctionArgs) {
    const step = params.step ?? "";
    const { wizard: w } = await open(request, context.requestId, params.key, step);
    return json({
      step: step as typeof UPLOAD_STEP | typeof CONFIRMATION_STEP | typeof UPLOAD_ERRORS_STEP,
      fileName: w.state.fileName ?? "",
      lines: step === CONFIRMATION_STEP ? (w.state.lines ?? []) : [],
      rowErrors: step === UPLOAD_ERRORS_STEP ? (w.state.rowErrors ?? []) : [],
      backHref: step === UPLOAD_STEP ? def.returnPath : w.stepPath(UPLOAD_STEP),
      uploadHref: w.stepPath(UPLOAD_STEP),
      cancelHref: def.returnPath,
    });
  }

  async function stepAction({ request, params, context }: ActionFunctionArgs) {
    const step = params.step ?? "";
    if (step === UPLOAD_STEP) {
      // The body is read first (CSRF), before anything else answers.
      const upload = await readCsvUpload(request, CSV_FIELD);
      const { api, wizard: w } = await open(request, context.requestId, params.key, step);
      if (!upload.ok) return redirectWithErrors(request, { [CSV_FIELD]: upload.error }, {});
      const file = { fileName: upload.fileName, digest: csvDigest(upload.bytes) };
      const parsed = parseCsvUpload(decodeCsvBytes(upload.bytes), def.spec);
      const result = parsed.ok ? await def.check(api, parsed.rows, file) : parsed;
      if (!result.ok && (result.fileError || result.rowErrors.length === 0)) {
        return redirectWithErrors(request, { [CSV_FIELD]: result.fileError ?? "The selected file has no rows" }, {});
      }
      return w.saveAndContinue(
        request,
        step,
        result.ok
          ? { ...file, lines: result.lines, rowErrors: [] }
          : { ...file, lines: [], rowErrors: result.rowErrors },
      );
    }
    if (step !== CONFIRMATION_STEP) throw new Response("Method not allowed", { status: 405 });
    await readForm(request);
    const { api, wizard: w } = await open(request, context.requestId, params.key, step);
    const { fileName, digest, lines } = w.state;
    if (!fileName || !digest || !lines?.length) throw redirect(w.stepPath(UPLOAD_STEP), 303);
    let banner: { heading: string; body?: string };
    try {
      banner = await def.apply(api, { fileName, digest }, lines);
    } catch (error) {
      const errors = formErrorsFromTrpc(error);
      if (errors) return redirectWithErrors(request, errors, {});
      throwHttpError(error);
    }
    await w.finish();
    return redirectWithBanner(request, def.returnPath, banner);
  }

  return { startLoader, stepLoader, stepAction };
}

export { UPLOAD_BODY_LIMIT };
