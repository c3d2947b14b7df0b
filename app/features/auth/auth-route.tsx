import type { HeadersFunction, MetaFunction } from "@remix-run/node";
import { errorPageTitle } from "~/components/layout/ErrorPage";
import { serviceFromPath } from "~/lib/services";

/**
 * Shared by the sign-in route modules. Their own error boundary makes the route the leaf that
 * renders an error, so Remix hands it the thrown response's headers: a 429 keeps its Retry-After.
 */
export const headers: HeadersFunction = ({ errorHeaders }) => {
  const out = new Headers();
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) out.set("Retry-After", retryAfter);
  return out;
};

export { RouteErrorPage as ErrorBoundary } from "~/components/layout/ErrorPage";

/** The page's meta, or the error page's title when the route rendered its error boundary. */
export function withErrorTitle(meta: MetaFunction): MetaFunction {
  return (args) =>
    args.error ? [{ title: errorPageTitle(args.error, serviceFromPath(args.location.pathname)) }] : meta(args);
}
