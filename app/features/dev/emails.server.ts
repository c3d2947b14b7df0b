import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { env } from "#server/env.ts";
import { logger } from "#server/logger.ts";
import { getSession } from "~/lib/session.server";

export type ReceivedEmail = {
  id: string;
  reference: string | null;
  email_address: string;
  subject: string;
  body: string;
  created_at: string;
};

/**
 * E-mails the local fake Notify received. The page exists only with START_FAKES; in a production build
 * (the public demo) it lists real-looking recipients and sign-in links, so only a signed-in support
 * user of either service sees it there; everyone else gets the 404 page, as if it did not exist.
 */
export async function devEmailsLoader({ request, context }: LoaderFunctionArgs) {
  const config = env();
  if (!config.START_FAKES || !config.NOTIFY_API_URL) throw new Response("Not found", { status: 404 });
  if (config.NODE_ENV === "production") {
    const sessions = await Promise.all([getSession(request, "claims"), getSession(request, "placements")]);
    if (!sessions.some((s) => s?.user.isSupport)) {
      logger.warn(
        {
          requestId: context.requestId,
          userId: sessions.find(Boolean)?.user.id,
          route: "/dev/emails",
          reason: "development page in production without a support session",
        },
        "denied",
      );
      throw new Response("Not found", { status: 404 });
    }
  }
  const response = await fetch(`${config.NOTIFY_API_URL}/_fake/emails`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`Fake Notify answered ${response.status}`);
  const emails = ((await response.json()) as ReceivedEmail[]).slice().reverse();
  return json({ emails });
}
