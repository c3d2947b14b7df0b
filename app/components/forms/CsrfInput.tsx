import { useRouteLoaderData } from "@remix-run/react";
import type { RootData } from "~/root";

/** The hidden CSRF token every POST form carries (checked by readForm in the action). */
export function CsrfInput() {
  const data = useRouteLoaderData<RootData>("root");
  return <input type="hidden" name="_csrf" value={data?.csrfToken ?? ""} />;
}
