import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { requestService, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";

/** Every e-mail template the service sends, rendered with example data (support users only). */
export async function emailPreviewsLoader({ request, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = requestService(request);
  const api = await callerFor(request, context.requestId);
  const emails = await orNotFound(
    service === "claims" ? api.claims.support.emails.list() : api.placements.support.emails.list(),
  );
  return json({ emails });
}
