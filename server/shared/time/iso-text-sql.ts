import { Prisma } from "../../../prisma/generated/client.ts";

/**
 * SQL for a timestamp column as ISO 8601 text in exactly the form `Date.prototype.toISOString` gives
 * ("2026-12-03T23:50:34.280Z"). A hot list sends its times to the page as this text, as JSON would carry them: a Date
 * made from the row would only be turned back into it, and `toISOString` costs ~2–4 µs a value.
 */
export function isoTextSql(column: Prisma.Sql) {
  return Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
