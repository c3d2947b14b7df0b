import { useEffect, useRef } from "react";
import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface ErrorSummaryListItem {
  text: ReactNode;
  /** e.g. "#email" – the id of the first input of the field. */
  href?: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryListItem[];
  /** Default "There is a problem". */
  title?: ReactNode;
  description?: ReactNode;
  disableAutoFocus?: boolean;
  className?: string;
}

const MODULE_INIT_ATTRIBUTE = "data-govuk-error-summary-init";

/** Move focus to the summary (same approach as govuk-frontend's setFocus). */
function focusSummary(element: HTMLElement): void {
  if (!element.hasAttribute("tabindex")) {
    element.setAttribute("tabindex", "-1");
    element.addEventListener("blur", () => element.removeAttribute("tabindex"), { once: true });
  }
  element.focus();
}

/**
 * GOV.UK error summary. Renders nothing when there are no errors and no
 * description.
 *
 * Server-rendered it works without JS (links jump to `#field`). In the
 * browser, govuk-frontend's ErrorSummary is initialised in an effect (dynamic
 * import), which focuses the summary – including after a JS (fetch) submit –
 * and makes links focus the field and scroll its label/legend into view. When
 * the errors change on an already-initialised summary, focus is moved again.
 */
export function ErrorSummary({
  errors,
  title = "There is a problem",
  description,
  disableAutoFocus,
  className,
}: ErrorSummaryProps): ReactElement | null {
  const ref = useRef<HTMLDivElement>(null);
  const hasSummary = errors.length > 0 || Boolean(description);
  // Changes whenever the list of errors changes, so focus moves on each new submit.
  const errorsKey = errors
    .map((error) => `${error.href ?? ""}|${typeof error.text === "string" ? error.text : ""}`)
    .join("\n");

  useEffect(() => {
    if (typeof window === "undefined" || typeof document === "undefined") return;
    const element = ref.current;
    if (!element || !hasSummary) return;
    if (element.hasAttribute(MODULE_INIT_ATTRIBUTE)) {
      // Already initialised (by an earlier render or a global initAll()).
      if (!disableAutoFocus) focusSummary(element);
      return;
    }
    let cancelled = false;
    import("govuk-frontend")
      .then(({ ErrorSummary: GovukErrorSummary }) => {
        if (cancelled || !element.isConnected || element.hasAttribute(MODULE_INIT_ATTRIBUTE)) return;
        try {
          new GovukErrorSummary(element, { disableAutoFocus: disableAutoFocus ?? false });
        } catch {
          // e.g. SupportError when <body> lacks `govuk-frontend-supported`:
          // still move focus so the summary is announced.
          if (!disableAutoFocus) focusSummary(element);
        }
      })
      .catch(() => {
        if (!cancelled && !disableAutoFocus) focusSummary(element);
      });
    return () => {
      cancelled = true;
    };
  }, [errorsKey, hasSummary, disableAutoFocus]);

  if (!hasSummary) return null;

  return (
    <div
      ref={ref}
      className={cx("govuk-error-summary", className)}
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      data-module="govuk-error-summary"
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errors.length > 0 ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errors.map((error, index) => (
                <li key={`${error.href ?? ""}-${index}`}>
                  {error.href ? <a href={error.href}>{error.text}</a> : error.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
