import type { ReactElement, ReactNode } from "react";
import { RenderedOnce } from "../rendered-once/RenderedOnce";
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
  const content = () => (
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
  );
  // The same on every page: rendered once per process (RenderedOnce) when its values can name it.
  const keyable = typeof tag === "string" && (children === undefined || typeof children === "string");
  return (
    <RenderedOnce
      as="div"
      className={cx("govuk-phase-banner govuk-width-container", className)}
      cacheKey={
        keyable
          ? JSON.stringify(["govuk phase banner", tag, tagClassName ?? null, feedbackHref, children ?? null])
          : null
      }
      render={content}
    />
  );
}
