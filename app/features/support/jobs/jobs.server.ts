import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { readForm } from "~/lib/form.server";
import { redirectWithBanner, redirectWithErrors, requestService, requireSession } from "~/lib/session.server";
import { callerFor, orNotFound, throwHttpError } from "~/lib/trpc.server";
import { formErrorsFromTrpc } from "~/lib/trpc-errors.server";

/** Background jobs and their last runs (support users only). */
export async function jobsLoader({ request, context }: LoaderFunctionArgs) {
  await requireSession(request);
  const service = requestService(request);
  const api = await callerFor(request, context.requestId);
  const jobs = await orNotFound(
    service === "claims" ? api.claims.support.jobs.list() : api.placements.support.jobs.list(),
  );
  return json({ jobs });
}

/** "Run now" for an import: queued, then back to the page with a banner. */
export async function jobsAction({ request, context }: ActionFunctionArgs) {
  await requireSession(request);
  const service = requestService(request);
  const form = await readForm(request);
  const name = String(form.get("name") ?? "");
  const api = await callerFor(request, context.requestId);
  const path = new URL(request.url).pathname;
  try {
    const { title } = await (service === "claims"
      ? api.claims.support.jobs.runNow({ name })
      : api.placements.support.jobs.runNow({ name }));
    return redirectWithBanner(request, path, {
      heading: `${title} started`,
      body: "Refresh this page to see when it has finished.",
    });
  } catch (error) {
    const errors = formErrorsFromTrpc(error, "name");
    if (errors) return redirectWithErrors(request, { name: Object.values(errors)[0] }, { name });
    throwHttpError(error);
  }
}
