import { createElement, type ReactElement, type ReactNode } from "react";

export type RenderedOnceProps = {
  /** The element that holds the content: it and its class are rendered every time, its content once per key. */
  as: "tr" | "li" | "tbody" | "div" | "footer";
  className?: string;
  /**
   * Names the content: every use with one key must render the same HTML. Start it with the name of the place it is
   * used and add every value the content is made from (e.g. `JSON.stringify` of a row's data). `null` when the values
   * cannot name it (content passed as elements): the content is then rendered every time.
   */
  cacheKey: string | null;
  /**
   * Makes the content from the values in the key alone. It is rendered on its own, so it must not read React context
   * (router, nonce, forms) or depend on its place in the page (`useId`).
   */
  render: () => ReactNode;
};

type KeptMarkup = (key: string, render: () => ReactNode) => string;
let keptMarkup: KeptMarkup | null = null;

/** The server's renders kept by key (`markupOnce`, set by app/entry.server.tsx); the browser has none. */
export function keepRenderedMarkupWith(markup: KeptMarkup | null) {
  keptMarkup = markup;
}

/**
 * Content that is the same for every view with the same data (a list's rows) rendered to HTML once per process and
 * then reused: making and rendering a row's elements is most of a list page's render. On the server the element gets
 * the kept HTML; in the browser the content renders as usual and hydrates that same HTML.
 */
export function RenderedOnce({ as, className, cacheKey, render }: RenderedOnceProps): ReactElement {
  if (!keptMarkup || cacheKey === null) return createElement(as, { className }, render());
  return createElement(as, { className, dangerouslySetInnerHTML: { __html: keptMarkup(cacheKey, render) } });
}
