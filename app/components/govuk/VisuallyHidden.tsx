import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface VisuallyHiddenProps {
  children: ReactNode;
  /** Use govuk-visually-hidden-focusable (visible when focused). */
  focusable?: boolean;
  className?: string;
}

export function VisuallyHidden({ children, focusable, className }: VisuallyHiddenProps): ReactElement {
  return (
    <span className={cx(focusable ? "govuk-visually-hidden-focusable" : "govuk-visually-hidden", className)}>
      {children}
    </span>
  );
}
