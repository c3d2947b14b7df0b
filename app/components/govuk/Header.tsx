import type { ReactElement, ReactNode } from "react";
import { RenderedOnce } from "../rendered-once/RenderedOnce";
import { GovukLogo } from "./GovukLogo";
import { cx } from "./utils";

export interface HeaderProps {
  /** Link for the GOV.UK logo. Default "//gov.uk" (as govuk-frontend). */
  homepageUrl?: string;
  /** Optional product name shown after the logo (not the service name – use ServiceNavigation). */
  productName?: ReactNode;
  className?: string;
  /** Default "govuk-width-container". */
  containerClassName?: string;
}

/**
 * GOV.UK Frontend v6 header: crown logo + "GOV.UK" link only. The service
 * name and navigation belong in <ServiceNavigation>. Per the v6 page template,
 * wrap both in <header className="govuk-template__header">.
 */
export function Header({
  homepageUrl = "//gov.uk",
  productName,
  className,
  containerClassName,
}: HeaderProps): ReactElement {
  const content = () => (
    <div className={cx("govuk-header__container", containerClassName || "govuk-width-container")}>
      <div className="govuk-header__logo">
        <a href={homepageUrl} className="govuk-header__homepage-link">
          <GovukLogo className="govuk-header__logotype" ariaLabelText="GOV.UK" />
          {productName ? <span className="govuk-header__product-name">{productName}</span> : null}
        </a>
      </div>
    </div>
  );
  // The same on every page: rendered once per process (RenderedOnce) when its values can name it.
  const keyable = productName === undefined || typeof productName === "string";
  return (
    <RenderedOnce
      as="div"
      className={cx("govuk-header", className)}
      cacheKey={
        keyable ? JSON.stringify(["govuk header", homepageUrl, productName ?? null, containerClassName ?? null]) : null
      }
      render={content}
    />
  );
}
