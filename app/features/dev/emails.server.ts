import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import { env } from "#server/env.ts";
import { jobByName } from "#server/jobs/definitions.ts";
import { runJob } from "#server/jobs/runner.ts";
import { logger } from "#server/logger.ts";
import { readForm } from "~/lib/form.server";
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
 * The page exists only with START_FAKES. In a production build (the public demo) it lists real-looking recipients
 * and sign-in links, so only a signed-in support user of either service sees it there; everyone else gets the 404
 * page, as if it did not exist.
 */
async function requireFakeNotify(request: Request, requestId: string | undefined) {
  const config = env();
  if (!config.START_FAKES || !config.NOTIFY_API_URL) throw new Response("Not found", { status: 404 });
  if (config.NODE_ENV === "production") {
    const sessions = await Promise.all([getSession(request, "claims"), getSession(request, "placements")]);
    if (!sessions.some((s) => s?.user.isSupport)) {
      logger.warn(
        {
          requestId,
          userId: sessions.find(Boolean)?.user.id,
          route: "/dev/emails",
          reason: "development page in production without a support session",
        },
        "denied",
      );
      throw new Response("Not found", { status: 404 });
    }
  }
  return config;
}

/** E-mails the local fake Notify received. */
export async function devEmailsLoader({ request, context }: LoaderFunctionArgs) {
  const config = await requireFakeNotify(request, context.requestId as string | undefined);
  const response = await fetch(`${config.NOTIFY_API_URL}/_fake/emails`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`Fake Notify answered ${response.status}`);
  const emails = ((await response.json()) as ReceivedEmail[]).slice().reverse();
  return json({ emails });
}

/**
 * "Send queued e-mails now": runs the outbox worker once in this process and waits for it, so a demo user (or a
 * journey test) sees an e-mail at once instead of after the next scheduled run (every minute). Delivery claims rows
 * with SKIP LOCKED, so this run and a scheduled one never send the same e-mail twice.
 */
export async function devEmailsAction({ request, context }: ActionFunctionArgs) {
  await requireFakeNotify(request, context.requestId as string | undefined);
  await readForm(request);
  const job = jobByName("email-delivery");
  if (!job) throw new Error("The email-delivery job is not defined");
  const db = await getDb();
  // The first call joins a run already in progress (which may have claimed before this request's e-mails were
  // queued); the second then sends whatever is still due.
  await runJob(db, job, "manual");
  await runJob(db, job, "manual");
  return redirect(new URL(request.url).pathname, 303);
}
