import type { ReactNode } from "react";
import { renderToString } from "react-dom/server";

/** Enough for every row of every list a busy process shows; past it the cache starts again (a render is the cost). */
export const LIMIT = 5000;
const markupByKey = new Map<string, string>();

/**
 * The HTML React renders for `render()`, rendered once per key in this process and then reused. The key must name
 * everything the HTML is made from (see RenderedOnce). A nested renderToString is one React supports: a synchronous
 * render inside another restores the outer one's state when it returns.
 */
export function markupOnce(key: string, render: () => ReactNode): string {
  const known = markupByKey.get(key);
  if (known !== undefined) return known;
  const markup = renderToString(<>{render()}</>);
  if (markupByKey.size >= LIMIT) markupByKey.clear();
  markupByKey.set(key, markup);
  return markup;
}

/** How many renders are kept (tests). */
export function keptMarkupCount() {
  return markupByKey.size;
}
