/**
 * A page rendered whole (app/entry.server.tsx) carries its encoded HTML on the Response, so the HTTP adapter
 * (server/http/remix-handler.ts) can send it with one write instead of reading the Response's body stream back
 * chunk by chunk. The app's build and the server's build are separate bundles: a registered symbol is the one name
 * both see.
 */
const WHOLE_BODY = Symbol.for("itt-mentor-services.whole-body");

type WithWholeBody = Response & { [WHOLE_BODY]?: Uint8Array };

/** A Response with `body` as its body, marked as known in full. */
export function wholeBodyResponse(body: Uint8Array, init: ResponseInit): Response {
  // A Uint8Array is a valid body; this TypeScript lib types it narrower (ArrayBuffer-backed only).
  const response: WithWholeBody = new Response(body as Uint8Array<ArrayBuffer>, init);
  response[WHOLE_BODY] = body;
  return response;
}

/** The body a Response was created with by `wholeBodyResponse`, or undefined for any other Response. */
export function wholeBodyOf(response: Response): Uint8Array | undefined {
  return (response as WithWholeBody)[WHOLE_BODY];
}
