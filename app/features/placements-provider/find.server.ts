import type { LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { idParam } from "~/lib/params.server";
import { requireSession } from "~/lib/session.server";
import { callerFor, orNotFound } from "~/lib/trpc.server";
import { fieldErrorsFrom } from "~/lib/validation";
import { FindFiltersSchema, type FindFilters } from "#server/placements/find/find.schema.ts";
import { groupParams } from "#server/placements/find/find-options.service.ts";

const NOT_FOUND_MESSAGE = "Enter a real postcode, town or city, or a school name";

/**
 * Find schools hosting placements. The filters live in the URL (a search can be shared and the back button returns
 * to it) and are remembered for the session: opening Find with no filters shows the last search; "Clear filters"
 * forgets it.
 */
export async function findLoader({ request, params, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const providerId = idParam(params, "providerId");
  const url = new URL(request.url);
  const api = await callerFor(request, context.requestId);
  const findPath = `/placements/providers/${providerId}/find`;
  if (url.searchParams.has("clear")) {
    await orNotFound(api.placements.find.saveFilters({ providerId, query: "" }));
    throw redirect(findPath);
  }
  if (url.search === "") {
    const saved = await orNotFound(api.placements.find.savedFilters({ providerId }));
    if (saved) throw redirect(`${findPath}?${saved}`);
  }
  const raw: Record<string, string | string[] | undefined> = Object.fromEntries(groupParams(url.searchParams));
  let errors: Record<string, string> = {};
  let input = raw;
  let parsed = FindFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    // A search or location that cannot be used is reported, and the rest of the filters still apply.
    errors = fieldErrorsFrom(parsed.error.issues);
    input = { ...raw, search: undefined, location: undefined };
    parsed = FindFiltersSchema.safeParse(input);
  }
  const filters: FindFilters = parsed.success ? parsed.data : FindFiltersSchema.parse({});
  // The schools, the filter options and remembering the search are one statement (after the location's).
  const { result, options } = await orNotFound(api.placements.find.search({ providerId, filters: input }));
  if (result.location.kind === "not_found") errors.location = NOT_FOUND_MESSAGE;
  return json({
    providerId,
    filters,
    values: {
      search: typeof raw.search === "string" ? raw.search : "",
      location: typeof raw.location === "string" ? raw.location : "",
    },
    result,
    options,
    errors,
  });
}
