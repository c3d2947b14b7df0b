/**
 * Producing CSV files (claims export, payment and clawback requests to the payer, provider audit files …): one
 * mechanism so every file is UTF-8, has the same header rules and is safe to open in a spreadsheet.
 *
 * - Cells are formula-injection safe: a text cell beginning with = + - @, tab, carriage return or NUL gets a leading
 *   apostrophe, so a spreadsheet shows it as text instead of running it. Numbers stay numbers (a negative amount is a
 *   number, not a formula).
 * - Large exports stream: `csvStream` pulls rows batch by batch from an async iterable (use `keysetBatches` to read
 *   the database in keyset order), so memory stays flat however many rows there are.
 * - Small files kept in the database (the payment CSV e-mailed to the payer) use `csvString` with the same rules.
 */
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";

export type CsvCell = string | number | null | undefined | Date;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

/** Money in a CSV cell: pounds as a number with pence (12345 → 123.45); null stays empty. */
export function csvPounds(pence: number | null | undefined): number | null {
  return pence === null || pence === undefined ? null : Number((pence / 100).toFixed(2));
}

const FORMULA_START = /^[=+\-@\t\r\0]/;

/** A cell as written to the file: text that a spreadsheet would treat as a formula is prefixed with '. */
export function safeCsvCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (value instanceof Date) return value.toISOString();
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function toRecord<T>(columns: readonly CsvColumn<T>[], row: T) {
  return columns.map((column) => safeCsvCell(column.value(row)));
}

/** The whole file as a string (header + rows), for files small enough to store. */
export function csvString<T>(columns: readonly CsvColumn<T>[], rows: Iterable<T>): string {
  const records = [columns.map((c) => c.header), ...Array.from(rows, (row) => toRecord(columns, row))];
  return stringifySync(records, { record_delimiter: "unix" });
}

/**
 * The file as a Node stream of UTF-8 text, pulling batches only as fast as the client reads
 * (csv-stringify applies back-pressure to the source).
 */
export function csvStream<T>(columns: readonly CsvColumn<T>[], batches: AsyncIterable<readonly T[]>): Readable {
  async function* records() {
    yield columns.map((c) => c.header);
    for await (const batch of batches) {
      for (const row of batch) yield toRecord(columns, row);
    }
  }
  const stringifier = stringify({ record_delimiter: "unix" });
  const source = Readable.from(records());
  source.on("error", (error) => stringifier.destroy(error));
  return source.pipe(stringifier);
}

/**
 * Reads a query in keyset order, one batch at a time: `fetch(after, take)` returns the rows after the cursor (null for
 * the first batch) in a stable order; `cursorOf` gives a row's cursor. Stops at the first short batch.
 */
export async function* keysetBatches<T, C>(
  fetch: (after: C | null, take: number) => Promise<T[]>,
  cursorOf: (row: T) => C,
  batchSize = 1000,
): AsyncGenerator<T[]> {
  let after: C | null = null;
  for (;;) {
    const batch = await fetch(after, batchSize);
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
    after = cursorOf(batch[batch.length - 1]);
  }
}

/** "claims-2026-12-02.csv"-style names contain only these characters (safe in Content-Disposition). */
export function safeCsvFilename(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]/g, "-");
  return cleaned.endsWith(".csv") ? cleaned : `${cleaned}.csv`;
}
