import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface FieldsetProps {
  legend?: ReactNode;
  /** e.g. "govuk-fieldset__legend--l". Defaults to "--l" when isPageHeading. */
  legendClassName?: string;
  /** Wrap the legend text in <h1 class="govuk-fieldset__heading">. */
  isPageHeading?: boolean;
  describedBy?: string;
  role?: string;
  className?: string;
  children?: ReactNode;
}

export function Fieldset({
  legend,
  legendClassName,
  isPageHeading,
  describedBy,
  role,
  className,
  children,
}: FieldsetProps): ReactElement {
  const legendClasses = legendClassName ?? (isPageHeading ? "govuk-fieldset__legend--l" : undefined);
  return (
    <fieldset className={cx("govuk-fieldset", className)} role={role} aria-describedby={describedBy || undefined}>
      {legend ? (
        <legend className={cx("govuk-fieldset__legend", legendClasses)}>
          {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
      ) : null}
      {children}
    </fieldset>
  );
}
