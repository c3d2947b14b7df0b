import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface BackLinkProps {
  /** Default "#". */
  href?: string;
  /** Default "Back". */
  children?: ReactNode;
  className?: string;
}

export function BackLink({ href = "#", children = "Back", className }: BackLinkProps): ReactElement {
  return (
    <a href={href || "#"} className={cx("govuk-back-link", className)}>
      {children}
    </a>
  );
}
