import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { logger } from "./lib/log.server";
import { NonceContext } from "./lib/nonce.tsx";

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} />
      </NonceContext.Provider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Before the shell is out, handleError logs it and the ErrorBoundary shows the GOV.UK 500 page.
          if (shellRendered)
            logger.error({ requestId: loadContext.requestId, path: pathOf(request), err: error }, "render error");
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/**
 * Errors Remix catches (rendering; loader and action errors are logged where server/http/harden-build.ts
 * turns them into error pages): one JSON line with the request id, the time and the stack, never the body.
 */
export function handleError(error: unknown, { request, context }: { request: Request; context: AppLoadContext }) {
  if (request.signal.aborted) return;
  if (error instanceof Response || isRouteErrorResponse(error)) return;
  logger.error(
    { requestId: context?.requestId ?? request.headers.get("x-request-id"), path: pathOf(request), err: error },
    "unhandled route error",
  );
}

function pathOf(request: Request) {
  try {
    return new URL(request.url).pathname;
  } catch {
    return undefined;
  }
}
