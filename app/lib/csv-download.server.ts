import type { Readable } from "node:stream";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { safeCsvFilename } from "#server/shared/csv/csv-download.ts";

/**
 * A CSV file as an attachment: UTF-8, never cached, never sniffed. `body` is a stream (large exports: flat memory) or
 * the whole file as a string (stored files).
 */
export function csvResponse(filename: string, body: Readable | string): Response {
  const headers = {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${safeCsvFilename(filename)}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (typeof body === "string") return new Response(body, { status: 200, headers });
  return new Response(createReadableStreamFromReadable(body), { status: 200, headers });
}
