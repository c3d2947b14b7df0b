import type { ReactElement, ReactNode } from "react";
import { Tag } from "./Tag";
import { cx } from "./utils";

export interface PhaseBannerProps {
  /** Tag text. Default "Beta". */
  tag?: ReactNode;
  tagClassName?: string;
  /** Used by the default text: "This is a new service. Help us improve it and give your feedback (opens in new tab)." */
  feedbackHref?: string;
  /** Banner text; overrides the default feedback text. */
  children?: ReactNode;
  className?: string;
}

export function PhaseBanner({
  tag = "Beta",
  tagClassName,
  feedbackHref = "#",
  children,
  className,
}: PhaseBannerProps): ReactElement {
  return (
    <div className={cx("govuk-phase-banner govuk-width-container", className)}>
      <p className="govuk-phase-banner__content">
        <Tag className={cx("govuk-phase-banner__content__tag", tagClassName)}>{tag}</Tag>
        <span className="govuk-phase-banner__text">
          {children ?? (
            <>
              This is a new service. Help us improve it and{" "}
              <a className="govuk-link" href={feedbackHref} target="_blank" rel="noreferrer noopener">
                give your feedback (opens in new tab)
              </a>
              .
            </>
          )}
        </span>
      </p>
    </div>
  );
}
