import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface WarningTextProps {
  children: ReactNode;
  /** Default "Warning". */
  iconFallbackText?: string;
  className?: string;
}

export function WarningText({ children, iconFallbackText = "Warning", className }: WarningTextProps): ReactElement {
  return (
    <div className={cx("govuk-warning-text", className)}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText}</span> {children}
      </strong>
    </div>
  );
}
