import {
  createReadableStreamFromReadable,
  createRequestHandler as createRemixRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { serializeCookie } from "../../app/lib/cookies.server.ts";
import { wholeBodyOf } from "../../app/lib/whole-body.server.ts";
import { forgetSessionReads } from "../auth/session-reuse.ts";
import { sessionVersionCookieName } from "../auth/session-cookie.ts";
import { pooledRandomBytes } from "../shared/pooled-random-bytes.ts";
import { sessionChangedInRequest } from "../trpc/request-scope.ts";
import { keepPublicPage, servePublicPage } from "./public-pages.ts";

/**
 * Express → Remix, as `@remix-run/express` does it, except the response: a page rendered whole
 * (`wholeBodyResponse`) is sent with one `end(html)`, and so is the text of `json()` data; any other body (CSV
 * downloads, resources) is streamed.
 * Reading a page's body back from its Response stream cost ~10 % of a content page's CPU.
 */
export function remixRequestHandler({
  build,
  getLoadContext,
}: {
  build: ServerBuild;
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
}) {
  // Always production mode: development mode would send error messages and stacks in data responses.
  const handleRequest = createRemixRequestHandler(build, "production");
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    // A request that can change data makes this process forget the session reads page views may reuse, when it starts
    // and when it has been handled, and gives the browser a new session version, so that its next page view reads its
    // session anew in any process (server/auth/session-reuse.ts). So does a page view that set a flash message.
    const mayChangeData = req.method !== "GET" && req.method !== "HEAD";
    try {
      if (mayChangeData) forgetSessionReads();
      else if (servePublicPage(req, res)) return;
      const request = fetchRequestOf(req, res);
      const response = await handleRequest(request, getLoadContext(req, res));
      keepPublicPage(req, response);
      if (mayChangeData || sessionChangedInRequest()) {
        forgetSessionReads();
        res.append(
          "Set-Cookie",
          serializeCookie(sessionVersionCookieName(), pooledRandomBytes(12).toString("base64url")),
        );
      }
      await sendResponse(res, response);
    } catch (error) {
      if (mayChangeData) forgetSessionReads();
      next(error);
    }
  };
}

/** The Fetch Request Remix reads: the full URL (host as Express trusts it), headers, body, and a signal that aborts
 * the loaders when the client goes away before the response is sent. */
function fetchRequestOf(req: ExpressRequest, res: ExpressResponse): Request {
  const port = portOf(req.get("X-Forwarded-Host")) ?? portOf(req.get("host"));
  const url = `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`;
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else if (value) headers.set(key, value);
  }
  let controller: AbortController | null = new AbortController();
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url, init);
}

function portOf(host: string | undefined) {
  const port = Number.parseInt(host?.split(":")[1] ?? "", 10);
  return Number.isSafeInteger(port) ? port : undefined;
}

async function sendResponse(res: ExpressResponse, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  // Entry by entry, so each Set-Cookie stays its own header.
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  const whole = wholeBodyOf(response) ?? jsonTextOf(response);
  if (whole !== undefined) {
    // Its length up front (compression drops it when it compresses): no chunked framing for a body already whole.
    res.setHeader("Content-Length", typeof whole === "string" ? Buffer.byteLength(whole) : whole.byteLength);
    res.end(whole);
  } else if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * The text of a Response made by Remix's `json()` (a loader's or action's data on a data request), which makes its
 * body stream only when something reads it (patches/@remix-run+router+*.patch): sent as it is. Undefined for any other
 * Response, or once its body has been read.
 */
const JSON_TEXT = Symbol.for("@remix-run/router json() text");
function jsonTextOf(response: Response): string | undefined {
  const text = (response as Response & { [JSON_TEXT]?: unknown })[JSON_TEXT];
  return typeof text === "string" && !response.bodyUsed ? text : undefined;
}
