import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface ErrorMessageProps {
  id?: string;
  children: ReactNode;
  /** Default "Error" (rendered as "Error:"). Pass false to omit the prefix. */
  visuallyHiddenText?: string | false;
  className?: string;
}

export function ErrorMessage({
  id,
  children,
  visuallyHiddenText = "Error",
  className,
}: ErrorMessageProps): ReactElement {
  return (
    <p id={id} className={cx("govuk-error-message", className)}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span>{" "}
        </>
      ) : null}
      {children}
    </p>
  );
}
