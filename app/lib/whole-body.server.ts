/**
 * A page rendered whole (app/entry.server.tsx) carries its HTML on the Response, so the HTTP adapter
 * (server/http/remix-handler.ts) can send it with one write instead of reading the Response's body stream back
 * chunk by chunk. The app's build and the server's build are separate bundles: a registered symbol is the one name
 * both see.
 */
const WHOLE_BODY = Symbol.for("itt-mentor-services.whole-body");

type WithWholeBody = Response & { [WHOLE_BODY]?: string };

/** A Response with `body` as its body, marked as known in full. */
export function wholeBodyResponse(body: string, init: ResponseInit): Response {
  const response: WithWholeBody = new Response(body, init);
  response[WHOLE_BODY] = body;
  return response;
}

/** The body a Response was created with by `wholeBodyResponse`, or undefined for any other Response. */
export function wholeBodyOf(response: Response): string | undefined {
  return (response as WithWholeBody)[WHOLE_BODY];
}
