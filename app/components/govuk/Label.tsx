import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface LabelProps {
  htmlFor?: string;
  children?: ReactNode;
  /** e.g. "govuk-label--m". */
  className?: string;
  /** Wrap in <h1 class="govuk-label-wrapper">. */
  isPageHeading?: boolean;
}

/** Renders nothing when there are no children (like the govukLabel macro). */
export function Label({ htmlFor, children, className, isPageHeading }: LabelProps): ReactElement | null {
  if (children === undefined || children === null || children === false || children === "") return null;
  const label = (
    <label className={cx("govuk-label", className)} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
