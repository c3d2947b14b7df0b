/**
 * Classifies errors that reach the top of a request, so each gets the right page:
 * the database being unreachable is a 503 (the service is unavailable, try later), text the database
 * refuses (NUL, invalid encoding, a value too long for its column) is the user's 400, anything else a 500.
 */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P1000", "P1003"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "TooManyConnections",
  "SocketTimeout",
  "DatabaseAccessDenied",
  "AuthenticationFailed",
]);
const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
]);
/** PostgreSQL: connection exceptions (08…), shutdown/cannot connect now (57P0x), too many connections. */
const UNAVAILABLE_SQLSTATE = /^(08|57P0|53300)/;
/** PostgreSQL: invalid byte sequence / untranslatable character / unsupported escape / string too long. */
const INVALID_TEXT_SQLSTATE = new Set(["22021", "22P05", "22001", "54000", "22P02"]);

type Loose = {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown };
};

/** The error, its causes and Prisma's driver adapter error, flattened. */
function links(error: unknown): Loose[] {
  const out: Loose[] = [];
  const queue: unknown[] = [error];
  while (queue.length && out.length < 12) {
    const next = queue.shift();
    if (!next || typeof next !== "object") continue;
    const loose = next as Loose;
    out.push(loose);
    queue.push(loose.cause, loose.meta?.driverAdapterError);
  }
  return out;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return links(error).some(
    (e) =>
      e.name === "PrismaClientInitializationError" ||
      (typeof e.code === "string" && (UNAVAILABLE_PRISMA_CODES.has(e.code) || UNAVAILABLE_NODE_CODES.has(e.code))) ||
      (typeof e.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(e.kind)) ||
      (typeof e.originalCode === "string" && UNAVAILABLE_SQLSTATE.test(e.originalCode)) ||
      (typeof e.message === "string" &&
        /Connection terminated|connect ECONNREFUSED|Can't reach database server|Connection refused/i.test(e.message)),
  );
}

export function isInvalidText(error: unknown): boolean {
  return links(error).some(
    (e) =>
      (typeof e.originalCode === "string" && INVALID_TEXT_SQLSTATE.has(e.originalCode)) ||
      (e.kind === "postgres" && typeof e.code === "string" && INVALID_TEXT_SQLSTATE.has(e.code)),
  );
}

/** The HTTP status for an unexpected error: 503, 400 or 500. */
export function statusForFailure(error: unknown): 400 | 500 | 503 {
  if (isDatabaseUnavailable(error)) return 503;
  if (isInvalidText(error)) return 400;
  return 500;
}
