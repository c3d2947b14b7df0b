import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { ManuallyOnboardedSchoolsInput } from "#server/claims/support/manually-onboarded-schools/manually-onboarded-schools.schema.ts";
import { londonDate } from "#server/shared/time/uk-time.ts";
import { orNotFound } from "~/lib/trpc.server";
import { supportApi } from "../support-claims/support-claims.server";

/** GET /claims/support/schools/manually-onboarded[?page=] */
export async function manuallyOnboardedSchoolsLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const input = ManuallyOnboardedSchoolsInput.parse({
    page: new URL(request.url).searchParams.get("page") ?? undefined,
  });
  const result = await orNotFound(api.claims.support.manuallyOnboardedSchools.list(input));
  return json({
    ...result,
    items: result.items.map((s) => ({
      ...s, // The UK day the school was added ("2026-07-19"), shown as a date.
      onboardedOn: s.onboardedAt ? londonDate(new Date(s.onboardedAt)) : null,
    })),
  });
}
