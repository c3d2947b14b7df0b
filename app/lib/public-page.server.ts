import type { KeptDocument } from "../components/rendered-once/document-once.server";

/**
 * A public page's Response (see public-page.ts) carries its HTML cut at the request's values, for the HTTP adapter to
 * keep (server/http/public-pages.ts). The app's build and the server's build are separate bundles: a registered
 * symbol is the one name both see.
 */
const PUBLIC_PAGE = Symbol.for("itt-mentor-services.public-page");

type WithPublicPage = Response & { [PUBLIC_PAGE]?: KeptDocument };

/** The per-request values a page is cut at, in the one order both sides use. */
export function pageValues(values: { nonce: string; requestId: string; csrfToken: string }) {
  return [values.nonce, values.requestId, values.csrfToken];
}

export function markPublicPage(response: Response, document: KeptDocument) {
  (response as WithPublicPage)[PUBLIC_PAGE] = document;
}

export function publicPageOf(response: Response): KeptDocument | undefined {
  return (response as WithPublicPage)[PUBLIC_PAGE];
}
