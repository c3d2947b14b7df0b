import type { ReactElement, ReactNode } from "react";

export interface PageHeadingProps {
  children: ReactNode;
  caption?: ReactNode;
  /** Default "govuk-caption-l". */
  captionClassName?: string;
  /** Default "govuk-heading-l". */
  className?: string;
}

/** Optional `<span class="govuk-caption-l">` followed by `<h1 class="govuk-heading-l">`. */
export function PageHeading({ children, caption, captionClassName, className }: PageHeadingProps): ReactElement {
  return (
    <>
      {caption ? <span className={captionClassName || "govuk-caption-l"}>{caption}</span> : null}
      <h1 className={className || "govuk-heading-l"}>{children}</h1>
    </>
  );
}
