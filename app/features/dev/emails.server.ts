import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getDb } from "#server/db.ts";
import { env } from "#server/env.ts";
import { jobByName } from "#server/jobs/definitions.ts";
import { runJob } from "#server/jobs/runner.ts";
import { readForm } from "~/lib/form.server";

export type ReceivedEmail = {
  id: string;
  reference: string | null;
  email_address: string;
  subject: string;
  body: string;
  created_at: string;
};

function requireFakeNotify() {
  const config = env();
  if (!config.START_FAKES || !config.NOTIFY_API_URL) throw new Response("Not found", { status: 404 });
  return config;
}

/** E-mails the local fake Notify received (only when START_FAKES is on; otherwise this page does not exist). */
export async function devEmailsLoader() {
  const config = requireFakeNotify();
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
export async function devEmailsAction({ request }: ActionFunctionArgs) {
  requireFakeNotify();
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
