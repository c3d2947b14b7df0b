import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface PanelProps {
  title: ReactNode;
  /** Default 1. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Panel body (e.g. a reference number). */
  children?: ReactNode;
  className?: string;
}

/** Confirmation panel. */
export function Panel({ title, headingLevel = 1, children, className }: PanelProps): ReactElement {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={cx("govuk-panel govuk-panel--confirmation", className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children !== undefined && children !== null && children !== false && children !== "" ? (
        <div className="govuk-panel__body">{children}</div>
      ) : null}
    </div>
  );
}
