import type { ReactElement, ReactNode } from "react";
import { GovukLogo } from "./GovukLogo";
import { cx } from "./utils";

export interface FooterLink {
  href: string;
  text: ReactNode;
}

export interface FooterNavigationSection {
  title: ReactNode;
  items?: FooterLink[];
  /** Number of columns for the list (govuk-footer__list--columns-N). */
  columns?: number;
  /** Grid width, e.g. "one-half". Default "full". */
  width?: string;
}

export interface FooterMeta {
  /** Default "Support links". */
  visuallyHiddenTitle?: string;
  items?: FooterLink[];
  /** Custom content rendered in govuk-footer__meta-custom. */
  content?: ReactNode;
}

export interface FooterProps {
  navigation?: FooterNavigationSection[];
  meta?: FooterMeta;
  /** Licence text. `null` hides the licence; undefined shows the OGL default. */
  contentLicence?: ReactNode | null;
  /** Default "© Crown copyright". */
  copyright?: ReactNode;
  className?: string;
  containerClassName?: string;
}

export function Footer({
  navigation = [],
  meta,
  contentLicence,
  copyright,
  className,
  containerClassName,
}: FooterProps): ReactElement {
  return (
    <div className={cx("govuk-footer", className)}>
      <div className={cx("govuk-width-container", containerClassName)}>
        <GovukLogo className="govuk-footer__crown" useLogotype={false} />
        {navigation.length > 0 ? (
          <>
            <div className="govuk-footer__navigation">
              {navigation.map((nav, index) => (
                <div key={index} className={`govuk-footer__section govuk-grid-column-${nav.width || "full"}`}>
                  <h2 className="govuk-footer__heading govuk-heading-m">{nav.title}</h2>
                  {nav.items && nav.items.length > 0 ? (
                    <ul
                      className={cx(
                        "govuk-footer__list",
                        nav.columns ? `govuk-footer__list--columns-${nav.columns}` : undefined,
                      )}
                    >
                      {nav.items
                        .filter((item) => item.href && item.text)
                        .map((item, itemIndex) => (
                          <li key={itemIndex} className="govuk-footer__list-item">
                            <a className="govuk-footer__link" href={item.href}>
                              {item.text}
                            </a>
                          </li>
                        ))}
                    </ul>
                  ) : null}
                </div>
              ))}
            </div>
            <hr className="govuk-footer__section-break" />
          </>
        ) : null}
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            {meta ? (
              <>
                <h2 className="govuk-visually-hidden">{meta.visuallyHiddenTitle || "Support links"}</h2>
                {meta.items && meta.items.length > 0 ? (
                  <ul className="govuk-footer__inline-list">
                    {meta.items.map((item, index) => (
                      <li key={index} className="govuk-footer__inline-list-item">
                        <a className="govuk-footer__link" href={item.href}>
                          {item.text}
                        </a>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {meta.content ? <div className="govuk-footer__meta-custom">{meta.content}</div> : null}
              </>
            ) : null}
            {contentLicence !== null ? (
              <>
                <svg
                  aria-hidden="true"
                  focusable="false"
                  className="govuk-footer__licence-logo"
                  xmlns="http://www.w3.org/2000/svg"
                  viewBox="0 0 483.2 195.7"
                  height="17"
                  width="41"
                >
                  <path
                    fill="currentColor"
                    d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"
                  />
                </svg>
                <span className="govuk-footer__licence-description">
                  {contentLicence ?? (
                    <>
                      All content is available under the{" "}
                      <a
                        className="govuk-footer__link"
                        href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
                        rel="license"
                      >
                        Open Government Licence v3.0
                      </a>
                      , except where otherwise stated
                    </>
                  )}
                </span>
              </>
            ) : null}
          </div>
          <div className="govuk-footer__meta-item">
            <a
              className="govuk-footer__link govuk-footer__copyright-logo"
              href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/"
            >
              {copyright ?? "© Crown copyright"}
            </a>
          </div>
        </div>
      </div>
    </div>
  );
}
