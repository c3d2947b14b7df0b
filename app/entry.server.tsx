import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToString } from "react-dom/server";
import { keepRenderedMarkupWith } from "./components/rendered-once/RenderedOnce";
import { cutDocument, documentOnce } from "./components/rendered-once/document-once.server";
import { markupOnce } from "./components/rendered-once/markup-cache.server";
import { logger } from "./lib/log.server";
import { NonceContext } from "./lib/nonce.tsx";
import { isPublicPageHandle } from "./lib/public-page";
import { markPublicPage, pageValues } from "./lib/public-page.server";
import { wholeBodyResponse } from "./lib/whole-body.server.ts";

// RenderedOnce's content is rendered once per key in this process (lists' rows, the header and footer).
keepRenderedMarkupWith(markupOnce);

/**
 * Every page is rendered whole, in one pass, and sent as one body. No page streams (no deferred data), and a
 * streamed render is flushed chunk by chunk through compression: ~20 small gzip flushes and socket writes per page,
 * the largest single cost of a list page. The HTTP adapter writes the HTML with one write (wholeBodyResponse). A render
 * error throws here, and Remix renders the error boundary instead. A page seen again with the same data is the kept
 * HTML of an earlier view with this request's values (documentOnce), and a public page's signed-out view is handed to
 * the HTTP adapter, which serves later such views itself (server/http/public-pages.ts).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce;
  const render = () =>
    renderToString(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} />
      </NonceContext.Provider>,
    );
  const root = rootDataOf(remixContext);
  const values = pageValues({ nonce, requestId: loadContext.requestId, csrfToken: root?.csrfToken ?? "" });
  const html = remixContext.staticHandlerContext.errors
    ? render()
    : documentOnce(
        { url: request.url, status: responseStatusCode, data: remixContext.serverHandoffString ?? "", values },
        render,
      );
  responseHeaders.set("Content-Type", "text/html; charset=utf-8");
  // Encoded once here: the Response's body and the bytes the HTTP adapter writes (a string body would be checked for
  // lone surrogates by the Response and encoded again by the socket).
  const page = `<!DOCTYPE html>${html}`;
  const response = wholeBodyResponse(Buffer.from(page, "utf8"), {
    headers: responseHeaders,
    status: responseStatusCode,
  });
  if (isPublicView(request, responseStatusCode, remixContext, root)) {
    const document = cutDocument(page, values);
    if (document) markPublicPage(response, document);
  }
  return response;
}

type RootData = { csrfToken?: string; user?: unknown; flash?: unknown };

function rootDataOf(remixContext: EntryContext): RootData | undefined {
  const root = remixContext.staticHandlerContext.loaderData.root as RootData | undefined;
  return root && typeof root.csrfToken === "string" ? root : undefined;
}

/**
 * A signed-out view (no user, no flash message) of a public page's plain address (public-page.ts), rendered without
 * error: its HTML is the same for every such view but for the request's values.
 */
function isPublicView(request: Request, status: number, remixContext: EntryContext, root: RootData | undefined) {
  const { matches, errors } = remixContext.staticHandlerContext;
  return (
    request.method === "GET" &&
    status === 200 &&
    !errors &&
    root?.user === null &&
    root.flash === null &&
    new URL(request.url).search === "" &&
    matches.every((m) => m.route.id === "root" || isPublicPageHandle(remixContext.routeModules[m.route.id]?.handle))
  );
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
