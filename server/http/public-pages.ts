import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { fillDocument, type KeptDocument } from "../../app/components/rendered-once/document-once.server.ts";
import { signedOutCsrfToken } from "../../app/lib/csrf.server.ts";
import { pageValues, publicPageOf } from "../../app/lib/public-page.server.ts";
import { sessionCookieName } from "../auth/session-cookie.ts";

/**
 * Public pages (app/lib/public-page.ts: the footer's cookies, privacy and accessibility pages) served whole.
 *
 * Such a page's signed-out view is the same for everyone but for the request's values (the CSP nonce, the request id
 * and the CSRF token of the browser's cookie), so once Remix has rendered it for a signed-out view, later signed-out
 * views of that address get the kept HTML with their own values, without the loaders or React. The page's Response
 * headers are kept too, apart from Set-Cookie: the CSRF cookie is made here, as the root loader makes it. A request with
 * a session cookie of either service, a query string or another method goes through Remix as usual.
 */
type KeptPublicPage = { document: KeptDocument; headers: [string, string][] };

/** One entry per public address and host; past this the kept pages start again (the Host header is the client's). */
const LIMIT = 200;
const kept = new Map<string, KeptPublicPage>();

const keyOf = (req: ExpressRequest) => `${req.headers.host ?? ""} ${req.path}`;

/** A GET of a plain address by a browser with no session cookie (a cookie merely mentioning one counts as one). */
function signedOutPlainGet(req: ExpressRequest) {
  if (req.method !== "GET" || req.originalUrl.includes("?")) return false;
  const cookies = req.headers.cookie;
  return (
    !cookies || !(cookies.includes(sessionCookieName("claims")) || cookies.includes(sessionCookieName("placements")))
  );
}

/** Answers the request from a kept public page if it can; false when Remix must handle it. */
export function servePublicPage(req: ExpressRequest, res: ExpressResponse): boolean {
  if (!signedOutPlainGet(req)) return false;
  const page = kept.get(keyOf(req));
  if (!page) return false;
  const csrf = signedOutCsrfToken(req.headers.cookie);
  const values = pageValues({
    nonce: res.locals.cspNonce as string,
    requestId: res.locals.requestId as string,
    csrfToken: csrf.token,
  });
  const body = Buffer.from(fillDocument(page.document, values), "utf8");
  res.status(200);
  for (const [name, value] of page.headers) res.append(name, value);
  if (csrf.setCookie) res.append("Set-Cookie", csrf.setCookie);
  res.setHeader("Content-Length", body.byteLength);
  res.end(body);
  return true;
}

/** Keeps the page Remix rendered when it is a public page's signed-out view (app/entry.server.tsx marks it). */
export function keepPublicPage(req: ExpressRequest, response: Response) {
  const document = publicPageOf(response);
  if (!document || !signedOutPlainGet(req)) return;
  if (kept.size >= LIMIT) kept.clear();
  const headers = [...response.headers.entries()].filter(([name]) => name.toLowerCase() !== "set-cookie");
  kept.set(keyOf(req), { document, headers });
}

/** How many public pages are kept (tests). */
export function keptPublicPageCount() {
  return kept.size;
}

/** Forgets every kept public page (tests). */
export function forgetPublicPages() {
  kept.clear();
}
