import type { NextFunction, Request, Response } from "express";
import { logger } from "../logger.ts";
import { MAX_BODY_LIMIT } from "./body-limit.ts";
import { sendErrorPage } from "./error-page.tsx";

/** The only methods the app answers; anything else (TRACE, PUT, OPTIONS, …) is the GOV.UK 405 page. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;
const ALLOWED = new Set<string>(ALLOWED_METHODS);
/** Longer addresses are refused before routing (no page of ours needs more than a few hundred characters). */
export const MAX_URL_LENGTH = 8 * 1024;

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-real-ip",
];

/**
 * Checks every request before anything else reads it, answering with a GOV.UK page instead of a
 * framework's plain or 500 answer: unknown methods (405), over-long URLs (414), malformed
 * percent-encoding in the path (400), a Host header that is not a host name (400), compressed or
 * over-long bodies (415/413). Forwarded headers are removed unless TRUST_PROXY says a proxy sets them,
 * so nothing downstream (rate limits keyed on the client IP, the URL Remix builds) can be steered by them.
 */
export function requestGuards({ trustProxy }: { trustProxy: number }) {
  return (req: Request, res: Response, next: NextFunction) => {
    const refuse = (status: number, reason: string, headers: Record<string, string> = {}) => {
      logger.warn({ requestId: res.locals.requestId, method: req.method, reason }, `refused: ${reason}`);
      // The body (if any) is not for us: the connection is not reused, so a client never sends its next request
      // on a socket this server is closing.
      res.setHeader("Connection", "close");
      afterBodyDrained(req, () => sendErrorPage(req, res, status, headers));
    };
    if (!ALLOWED.has(req.method)) return refuse(405, "method not allowed", { Allow: ALLOWED_METHODS.join(", ") });
    if (req.originalUrl.length > MAX_URL_LENGTH) return refuse(414, "URL too long");
    const rawPath = req.originalUrl.split("?")[0];
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      return refuse(400, "malformed percent-encoding in the path");
    }
    // No page has control characters or backslashes in its address.
    if (CONTROL.test(path) || path.includes("\\")) return refuse(404, "control character in the path");
    const host = req.headers.host;
    if (host !== undefined && !HOST.test(host)) return refuse(400, "invalid Host header");
    if (!trustProxy) {
      for (const name of FORWARDED_HEADERS) delete req.headers[name];
    } else {
      const forwardedHost = req.headers["x-forwarded-host"];
      if (
        forwardedHost !== undefined &&
        (typeof forwardedHost !== "string" || !HOST.test(forwardedHost.split(",")[0].trim()))
      )
        return refuse(400, "invalid X-Forwarded-Host header");
    }
    const encoding = req.headers["content-encoding"];
    if (encoding !== undefined && encoding.trim().toLowerCase() !== "identity")
      return refuse(415, "compressed request body");
    const length = req.headers["content-length"];
    if (length !== undefined && Number(length) > MAX_BODY_LIMIT) {
      // The body is not read: the connection is closed rather than drained.
      res.setHeader("Connection", "close");
      logger.warn({ requestId: res.locals.requestId, method: req.method }, "refused: request body too large");
      return sendErrorPage(req, res, 413);
    }
    next();
  };
}

/** Bodies up to this size are read and dropped before a refusal is sent; a larger one is cut off. */
const DRAIN_LIMIT = 64 * 1024;

/**
 * Runs `send` once the request body has arrived (discarded), or at once when it grows past DRAIN_LIMIT.
 * Closing a socket that still has unread request bytes makes the kernel reset the connection, and the client
 * then sees "connection reset" instead of our page: reading a small body first avoids that race.
 */
function afterBodyDrained(req: Request, send: () => void) {
  if (req.complete || (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined))
    return send();
  let sent = false;
  let received = 0;
  const once = () => {
    if (sent) return;
    sent = true;
    send();
  };
  req.on("data", (chunk: Buffer) => {
    received += chunk.length;
    if (received > DRAIN_LIMIT) once();
  });
  req.on("end", once);
  req.on("error", once);
  req.resume();
}

/** A request framed with a body (a GET answered in the tick its headers arrived is not yet `complete`, yet has none). */
function hasBody(req: Request) {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/**
 * A response that goes out before its request body has been read whole (an over-cap form post, a refusal)
 * closes the connection: the unread rest would otherwise sit in front of the client's next request on the
 * same connection, and that request would hang or be reset.
 */
export function closeUnreadConnections(req: Request, res: Response, next: NextFunction) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
    if (!req.complete && hasBody(req) && !res.headersSent) res.setHeader("Connection", "close");
    return writeHead.apply(this, args);
  } as typeof writeHead;
  next();
}
