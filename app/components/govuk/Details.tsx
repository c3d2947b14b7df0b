import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface DetailsProps {
  summary: ReactNode;
  children: ReactNode;
  open?: boolean;
  id?: string;
  className?: string;
}

export function Details({ summary, children, open, id, className }: DetailsProps): ReactElement {
  return (
    <details id={id} className={cx("govuk-details", className)} open={open || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
