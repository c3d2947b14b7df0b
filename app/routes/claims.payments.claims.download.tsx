import type { ActionFunctionArgs } from "@remix-run/node";
import { downloadLinkRoute } from "~/features/download-link/download-link.server";

// The Download button of /claims/payments/claims posts here: a resource route (no page), so its file reaches the browser.
// A function, not a module-level call: the browser build drops the action and its server-only import with it.
export async function action(args: ActionFunctionArgs) {
  return downloadLinkRoute((api) => api.claims.paymentLink).action(args);
}
