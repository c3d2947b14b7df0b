/**
 * Reading an uploaded CSV file (payer responses, sampling selections, provider audit responses, clawback responses …):
 * one mechanism so every upload has the same rules.
 *
 * - The bytes are UTF-8 (with or without a byte-order mark) or, when they are not valid UTF-8, ISO-8859-1 (what
 *   spreadsheet programs on Windows save).
 * - The header row must contain every required column (extra columns are ignored; names are trimmed, case-sensitive).
 * - Rows whose key column is blank are skipped, as the reference does.
 * - Every row is validated with a zod schema; each problem becomes "Row N: message", where N is the row number a
 *   spreadsheet shows (the header is row 1).
 * - The caller adds its own checks across rows or against the database (`rowError`) and applies nothing unless the
 *   whole file is valid.
 */
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { z } from "zod";

/** One problem in one row of an uploaded file. */
export type CsvRowError = { row: number; message: string };

export type CsvRow<T> = { row: number; data: T };

export type CsvParseResult<T> =
  | { ok: true; rows: CsvRow<T>[] }
  /** fileError: the file as a whole is unusable (not CSV, wrong headers, no rows); rowErrors: per-row problems. */
  | { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

export interface CsvUploadSpec<S extends z.ZodType> {
  /** Columns that must be in the header row. */
  requiredHeaders: readonly string[];
  /** Columns read when present (required ones need not be repeated). */
  optionalHeaders?: readonly string[];
  /** A row whose value in this column is blank is skipped. */
  keyColumn: string;
  /** Validates one row (an object of the header columns' trimmed strings). */
  row: S;
  /** Most data rows a file may have. */
  maxRows?: number;
}

export const CSV_MAX_ROWS = 10_000;

/** UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped), otherwise ISO-8859-1. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

/** SHA-256 (hex) of the file's bytes: lets a feature refuse the same file being applied twice. */
export function csvDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function rowError(row: number, message: string): CsvRowError {
  return { row, message };
}

/** "Row 3: Enter a claim reference" — how a row error reads in the error summary. */
export function rowErrorText(error: CsvRowError): string {
  return `Row ${error.row}: ${error.message}`;
}

/** Row errors in file order (stable for the same row), at most `limit` of them. */
export function sortRowErrors(errors: CsvRowError[], limit = 500): CsvRowError[] {
  return [...errors].sort((a, b) => a.row - b.row).slice(0, limit);
}

// Control characters other than tab, line feed and carriage return have no business in a CSV cell.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function parseCsvUpload<S extends z.ZodType>(text: string, spec: CsvUploadSpec<S>): CsvParseResult<z.infer<S>> {
  const expected = `The selected file must be a CSV with the columns: ${spec.requiredHeaders.join(", ")}`;
  if (CONTROL_CHARACTERS.test(text)) {
    return { ok: false, fileError: "The selected file must be a CSV file", rowErrors: [] };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][];
  } catch {
    return { ok: false, fileError: "The selected file must be a CSV file", rowErrors: [] };
  }
  const [header, ...data] = records;
  if (!header) return { ok: false, fileError: "The selected file is empty", rowErrors: [] };
  const columns = header.map((name) => name.trim());
  const missing = spec.requiredHeaders.filter((name) => !columns.includes(name));
  if (missing.length > 0) return { ok: false, fileError: expected, rowErrors: [] };

  const maxRows = spec.maxRows ?? CSV_MAX_ROWS;
  if (data.length > maxRows) {
    return { ok: false, fileError: `The selected file must have no more than ${maxRows} rows`, rowErrors: [] };
  }
  const wanted = new Set([...spec.requiredHeaders, ...(spec.optionalHeaders ?? [])]);
  const rows: CsvRow<z.infer<S>>[] = [];
  const rowErrors: CsvRowError[] = [];
  data.forEach((record, index) => {
    const row = index + 2;
    const values: Record<string, string> = {};
    columns.forEach((name, column) => {
      if (wanted.has(name) && !(name in values)) values[name] = (record[column] ?? "").trim();
    });
    if (!values[spec.keyColumn]) return;
    const parsed = spec.row.safeParse(values);
    if (parsed.success) rows.push({ row, data: parsed.data });
    else rowErrors.push(...[...new Set(parsed.error.issues.map((i) => i.message))].map((m) => rowError(row, m)));
  });
  if (rowErrors.length > 0) return { ok: false, fileError: null, rowErrors: sortRowErrors(rowErrors) };
  if (rows.length === 0) return { ok: false, fileError: "The selected file has no rows", rowErrors: [] };
  return { ok: true, rows };
}
