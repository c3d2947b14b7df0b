import type { Server } from "node:http";
import type { Socket } from "node:net";
import type { NextFunction, Request, Response } from "express";
import { logger } from "../logger.ts";
import { renderErrorPage, sendErrorPage } from "./error-page.tsx";
import { statusForFailure } from "./failures.ts";
import { PERMISSIONS_POLICY } from "./security.ts";

/**
 * Express's last error handler: whatever escaped a middleware is one JSON log line with the request id
 * and the stack, and a GOV.UK page with that id as the reference (never Express's plain page or a stack).
 */
export function errorPageHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
  const requestId = res.locals.requestId as string | undefined;
  const declared =
    (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  const status = typeof declared === "number" && declared >= 400 && declared < 500 ? declared : statusForFailure(error);
  if (status >= 500)
    logger.error({ requestId, method: req.method, path: req.path, err: error }, "unhandled server error");
  else
    logger.warn(
      { requestId, method: req.method, path: req.path, status, reason: (error as Error)?.message },
      "request refused",
    );
  sendErrorPage(req, res, status, status === 503 ? { "Retry-After": "30" } : {});
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (an unknown method, headers or a URL
 * larger than the header limit, malformed syntax) get a GOV.UK page too, instead of a bare status line.
 */
export function answerClientErrors(server: Server) {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable || (error as { code?: string }).code === "ECONNRESET") {
      socket.destroy();
      return;
    }
    const code = error.code ?? "";
    const status = code === "HPE_HEADER_OVERFLOW" ? 431 : code === "HPE_INVALID_METHOD" ? 405 : 400;
    logger.warn({ code, status }, "refused: malformed request");
    const body = renderErrorPage({ status });
    const reason =
      status === 431 ? "Request Header Fields Too Large" : status === 405 ? "Method Not Allowed" : "Bad Request";
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nPermissions-Policy: ${PERMISSIONS_POLICY}\r\nX-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}
