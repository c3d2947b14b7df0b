import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface NotificationBannerProps {
  /** Default "important". "success" adds the modifier and role="alert". */
  type?: "important" | "success";
  /** Default "Important" / "Success". */
  title?: ReactNode;
  /** Default "govuk-notification-banner-title". */
  titleId?: string;
  /** Default 2. */
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Overrides the role ("region" by default, "alert" for success). */
  role?: string;
  disableAutoFocus?: boolean;
  /** Rendered as <p class="govuk-notification-banner__heading">. */
  heading?: ReactNode;
  /** Further content (e.g. <p class="govuk-body">). */
  children?: ReactNode;
  className?: string;
}

export function NotificationBanner({
  type = "important",
  title,
  titleId = "govuk-notification-banner-title",
  titleHeadingLevel = 2,
  role,
  disableAutoFocus,
  heading,
  children,
  className,
}: NotificationBannerProps): ReactElement {
  const isSuccess = type === "success";
  const TitleHeading = `h${titleHeadingLevel}` as const;
  return (
    <div
      className={cx("govuk-notification-banner", isSuccess && "govuk-notification-banner--success", className)}
      role={role || (isSuccess ? "alert" : "region")}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
    >
      <div className="govuk-notification-banner__header">
        <TitleHeading className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? "Success" : "Important")}
        </TitleHeading>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
