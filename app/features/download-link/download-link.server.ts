import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { readForm } from "~/lib/form.server";
import { csvResponse } from "~/lib/csv-download.server";
import { callerFor } from "~/lib/trpc.server";

type Caller = Awaited<ReturnType<typeof callerFor>>;
type LinkRouter = {
  check: (input: { token?: string }) => Promise<{ valid: boolean }>;
  download: (input: { token?: string }) => Promise<{ filename: string; content: string } | null>;
};

const tokenOf = (value: unknown) => (typeof value === "string" && value.length <= 100 ? value : undefined);

/**
 * Loader and action of a one-time download link's landing page (no sign-in: the token is the credential).
 * GET ?token= shows the Download button (or the error page for an unknown, expired or used link, status 404);
 * its form POSTs to `<page>/download`, a resource route (a page's action cannot answer with a file: Remix would render
 * the page instead), which downloads the file once; then the same link shows the error page.
 */
export function downloadLinkRoute(select: (api: Caller) => LinkRouter) {
  return {
    async loader({ request, context }: LoaderFunctionArgs) {
      const token = tokenOf(new URL(request.url).searchParams.get("token"));
      const api = await callerFor(request, context.requestId);
      const { valid } = await select(api).check({ token });
      return json({ valid, token: valid ? token : null }, { status: valid ? 200 : 404 });
    },
    async action({ request, context }: ActionFunctionArgs) {
      const form = await readForm(request);
      const token = tokenOf(form.get("token"));
      const api = await callerFor(request, context.requestId);
      const file = await select(api).download({ token });
      if (!file) {
        // Back to the landing page, which now explains that the link cannot be used.
        const url = new URL(request.url);
        url.pathname = url.pathname.replace(/\/download$/, "");
        url.search = "";
        if (token) url.searchParams.set("token", token);
        return redirect(`${url.pathname}${url.search}`, 303);
      }
      return csvResponse(file.filename, file.content);
    },
  };
}
