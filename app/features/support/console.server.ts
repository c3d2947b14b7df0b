import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import {
  OrganisationSearchInput,
  PlacementsOrganisationSearchInput,
} from "#server/shared/organisation/organisation.schema.ts";
import { requireSession, requestService, requireSupport } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { supportHomePath } from "~/lib/services";
import { idParam } from "~/lib/params.server";

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
  const search = {
    query: url.searchParams.get("query") ?? undefined,
    page: url.searchParams.get("page") ?? undefined,
  };
  const api = await callerFor(request, context.requestId);
  if (service === "claims") {
    const parsed = OrganisationSearchInput.safeParse(search);
    const input = parsed.success ? parsed.data : { query: undefined, page: 1 };
    const result = await orNotFound(api.claims.support.organisation.list(input));
    return json({ service, query: input.query ?? "", types: [] as string[], ...result });
  }
  // Placements: the type filter is in the URL too (repeated `filters`), so a list can be linked and paged.
  const parsed = PlacementsOrganisationSearchInput.safeParse({ ...search, types: url.searchParams.getAll("filters") });
  const input = parsed.success ? parsed.data : { query: undefined, page: 1, types: [] };
  const result = await orNotFound(api.placements.support.organisation.list(input));
  return json({ service, query: input.query ?? "", types: input.types as string[], ...result });
}

/** GET /placements/support/organisations/:organisationId — a school's or provider's summary, with its pages. */
export async function placementsOrganisationLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSupport(request);
  const organisationId = idParam(params, "organisationId");
  const api = await callerFor(request, context.requestId);
  const organisation = await orNotFound(api.placements.support.organisation.byId({ organisationId }));
  return json({ organisation });
}
