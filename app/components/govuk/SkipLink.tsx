import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface SkipLinkProps {
  /** Default "#main-content" (the id the GOV.UK page template gives <main>). */
  href?: string;
  children?: ReactNode;
  className?: string;
}

export function SkipLink({
  href = "#main-content",
  children = "Skip to main content",
  className,
}: SkipLinkProps): ReactElement {
  return (
    <a href={href} className={cx("govuk-skip-link", className)} data-module="govuk-skip-link">
      {children}
    </a>
  );
}
