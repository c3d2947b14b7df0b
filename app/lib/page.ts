import type { MetaFunction } from "@remix-run/node";
import { useLocation, useRouteLoaderData } from "@remix-run/react";
import type { Flash } from "./session.server";
import { pageTitle, serviceFromPath } from "./services";

type RootLike = { flash?: Flash | null } | undefined;

function formFlashFor(root: RootLike, pathname: string) {
  const form = root?.flash?.form;
  return form && form.path === pathname ? form : null;
}

/**
 * A route's meta: "[Error: ]Page – Service – GOV.UK". The error prefix comes from the form
 * errors flashed for this page (Post/Redirect/Get), so it is right with and without JavaScript.
 */
export function govukMeta<D = unknown>(
  page: string | ((data: D | undefined) => string),
  /** A page that shows an error summary of its own (e.g. a file's row errors) is an error page too. */
  opts: { hasError?: (data: D | undefined) => boolean } = {},
): MetaFunction {
  return ({ matches, location, data }) => {
    const root = matches.find((m) => m.id === "root")?.data as RootLike;
    const form = formFlashFor(root, location.pathname);
    const hasError =
      Boolean(form && Object.keys(form.errors).length > 0) || Boolean(opts.hasError?.(data as D | undefined));
    const title = typeof page === "function" ? page(data as D | undefined) : page;
    return [{ title: pageTitle(title, serviceFromPath(location.pathname), hasError) }];
  };
}

/** Errors and submitted values flashed for the current page, or empty. */
export function useFormState<V extends Record<string, unknown> = Record<string, string>>() {
  const root = useRouteLoaderData("root") as RootLike;
  const location = useLocation();
  const form = formFlashFor(root, location.pathname);
  return {
    errors: (form?.errors ?? {}) as Record<string, string>,
    values: (form?.values ?? {}) as Partial<V>,
  };
}

/** The success banner flashed by the previous action, if any. */
export function useFlashBanner() {
  const root = useRouteLoaderData("root") as RootLike;
  return root?.flash?.banner ?? null;
}
