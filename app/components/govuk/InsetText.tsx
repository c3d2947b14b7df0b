import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface InsetTextProps {
  id?: string;
  children: ReactNode;
  className?: string;
}

export function InsetText({ id, children, className }: InsetTextProps): ReactElement {
  return (
    <div id={id} className={cx("govuk-inset-text", className)}>
      {children}
    </div>
  );
}
