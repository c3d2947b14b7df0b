import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { UserExportInput } from "#server/claims/support/user-export/user-export.schema.ts";
import { csvResponse } from "~/lib/csv-download.server";
import { orNotFound } from "~/lib/trpc.server";
import { supportApi } from "../support-claims/support-claims.server";

export async function userExportLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const windows = await orNotFound(api.claims.support.claimWindow.list());
  return json({ windows: windows.map((w) => ({ id: w.id, startsOn: w.startsOn, endsOn: w.endsOn })) });
}

/** The CSV itself (a GET form submits here): both answers come from radios, so anything else is a bad request. */
export async function userExportDownloadLoader({ request, context }: LoaderFunctionArgs) {
  const { api } = await supportApi(request, context.requestId);
  const params = new URL(request.url).searchParams;
  const parsed = UserExportInput.safeParse({
    claimWindowId: params.get("claimWindowId") ?? undefined,
    activity: params.get("activity") ?? undefined,
  });
  if (!parsed.success) throw new Response("Bad request", { status: 400 });
  const file = await orNotFound(api.claims.support.userExport.csv(parsed.data));
  return csvResponse(file.filename, file.stream);
}
