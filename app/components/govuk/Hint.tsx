import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface HintProps {
  id?: string;
  children: ReactNode;
  className?: string;
}

export function Hint({ id, children, className }: HintProps): ReactElement {
  return (
    <div id={id} className={cx("govuk-hint", className)}>
      {children}
    </div>
  );
}
