/**
 * Request body caps. Every body is counted while it streams in (chunked bodies included), so a
 * client cannot make the server hold more than the cap, whatever Content-Length says or omits.
 *
 * - FORM_BODY_LIMIT: every form post (sign-in, personas, every action), the default for every route.
 * - UPLOAD_BODY_LIMIT: a route that takes a file (e.g. a CSV upload) raises its own cap in its route
 *   module: `export const handle = { maxBodyBytes: UPLOAD_BODY_LIMIT };` (import it from
 *   `~/lib/body-limit.server`). Nothing may go above MAX_BODY_LIMIT.
 *
 * Over the cap: the GOV.UK 413 page (server/http/harden-build.ts applies the cap to actions;
 * server/http/request-guards.ts refuses a declared Content-Length over MAX_BODY_LIMIT before reading).
 */
export const FORM_BODY_LIMIT = 256 * 1024;
export const UPLOAD_BODY_LIMIT = 10 * 1024 * 1024;
export const MAX_BODY_LIMIT = UPLOAD_BODY_LIMIT;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Request body larger than ${limit} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/**
 * A copy of the request whose body errors once more than `limit` bytes have streamed in.
 * `exceeded()` tells afterwards whether that happened (the reader's error may be wrapped).
 */
export function capRequestBody(request: Request, limit: number): { request: Request; exceeded: () => boolean } {
  if (!request.body) return { request, exceeded: () => false };
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return { request, exceeded: () => true };
  let total = 0;
  let over = false;
  const source = request.body.getReader();
  // Pulls from the original body and stops at the cap without cancelling it: cancelling would destroy the
  // socket before the 413 page is sent. Node discards the unread rest once the response has gone out.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await source.read();
      if (done) return controller.close();
      total += value.byteLength;
      if (total > limit) {
        over = true;
        source.releaseLock();
        controller.error(new BodyTooLargeError(limit));
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      if (!over) return source.cancel(reason);
    },
  });
  const capped = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    // Node's fetch needs duplex for a streamed body.
    duplex: "half",
  } as RequestInit);
  return { request: capped, exceeded: () => over };
}
