/**
 * A page rendered whole (app/entry.server.tsx) carries its encoded HTML on the Response, so the HTTP adapter
 * (server/http/remix-handler.ts) sends it with one write. The Response itself has no body: a body would be wrapped in
 * a ReadableStream nobody reads (a few percent of a content page's CPU), and Remix's only use of a page's Response
 * after rendering is its status and headers (a HEAD request gets a new, empty Response). The app's build and the
 * server's build are separate bundles: a registered symbol is the one name both see.
 */
const WHOLE_BODY = Symbol.for("itt-mentor-services.whole-body");

type WithWholeBody = Response & { [WHOLE_BODY]?: Uint8Array };

/** A Response whose body, known in full, is `body`: read it with `wholeBodyOf`. */
export function wholeBodyResponse(body: Uint8Array, init: ResponseInit): Response {
  const response: WithWholeBody = new Response(null, init);
  response[WHOLE_BODY] = body;
  return response;
}

/** The body a Response was created with by `wholeBodyResponse`, or undefined for any other Response. */
export function wholeBodyOf(response: Response): Uint8Array | undefined {
  return (response as WithWholeBody)[WHOLE_BODY];
}
