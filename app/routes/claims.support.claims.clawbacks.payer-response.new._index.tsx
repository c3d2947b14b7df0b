import type { LoaderFunctionArgs } from "@remix-run/node";
import { clawbackResponseJourney } from "~/features/claims/support-clawbacks/clawbacks.server";

// Functions, not module-level property reads: the browser build drops them with the server-only import (a read of
// that empty import at load time would stop the page from hydrating).
export function loader(args: LoaderFunctionArgs) {
  return clawbackResponseJourney.startLoader(args);
}
