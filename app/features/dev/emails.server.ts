import { json } from "@remix-run/node";
import { env } from "#server/env.ts";

export type ReceivedEmail = {
  id: string;
  reference: string | null;
  email_address: string;
  subject: string;
  body: string;
  created_at: string;
};

/** E-mails the local fake Notify received (only when START_FAKES is on; otherwise this page does not exist). */
export async function devEmailsLoader() {
  const config = env();
  if (!config.START_FAKES || !config.NOTIFY_API_URL) throw new Response("Not found", { status: 404 });
  const response = await fetch(`${config.NOTIFY_API_URL}/_fake/emails`, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`Fake Notify answered ${response.status}`);
  const emails = ((await response.json()) as ReceivedEmail[]).slice().reverse();
  return json({ emails });
}
