import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { OrganisationSearchInput } from "#server/shared/organisation/organisation.schema.ts";
import { requireSession, requestService, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { supportHomePath } from "~/lib/services";

/** The support console layout: support users only; anyone else gets the 404 page. */
export async function consoleLayoutLoader({ request }: LoaderFunctionArgs) {
  const session = await requireSupport(request);
  return json({ service: session.user.service });
}

export async function consoleIndexLoader({ request }: LoaderFunctionArgs) {
  await requireSupport(request);
  const service = requestService(request) ?? "claims";
  return redirect(supportHomePath(service));
}

export async function organisationsLoader({ request, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = requestService(request);
  const url = new URL(request.url);
  const parsed = OrganisationSearchInput.safeParse({
    query: url.searchParams.get("query") ?? undefined,
    page: url.searchParams.get("page") ?? undefined,
  });
  const input = parsed.success ? parsed.data : { query: undefined, page: 1 };
  const api = await callerFor(request, context.requestId);
  const result = await orNotFound(
    service === "claims"
      ? api.claims.support.organisation.list(input)
      : api.placements.support.organisation.list(input),
  );
  return json({ service, query: input.query ?? "", ...result });
}
