import type { ReactElement, ReactNode } from "react";
import { cx } from "./utils";

export interface ServiceNavigationItem {
  text: ReactNode;
  /** Without href the item renders as plain text. */
  href?: string;
  /** Active style + aria-current="true" (e.g. a section containing the page). */
  active?: boolean;
  /** Active style + aria-current="page" (the current page). */
  current?: boolean;
}

export interface ServiceNavigationProps {
  serviceName?: ReactNode;
  /** Link for the service name; plain text when omitted. */
  serviceUrl?: string;
  navigation?: Array<ServiceNavigationItem | null | undefined | false>;
  /** aria-label of the <nav>. Defaults to menuButtonText ("Menu"). */
  navigationLabel?: string;
  navigationClassName?: string;
  navigationId?: string;
  menuButtonText?: string;
  menuButtonLabel?: string;
  /** Default: true when there is more than one navigation item. */
  collapseNavigationOnMobile?: boolean;
  /** aria-label of the <section>. Default "Service information". */
  ariaLabel?: string;
  className?: string;
  /** Slot before the container (inside the width container). */
  start?: ReactNode;
  /** Extra <li> items rendered before the navigation items. */
  navigationStart?: ReactNode;
  /**
   * Extra <li> items rendered after the navigation items (the navigationEnd
   * slot) – e.g. "Change organisation" / "Sign out". Use
   * <ServiceNavigationLink> and <ServiceNavigationFormButton>.
   */
  children?: ReactNode;
  /** Slot after the container (inside the width container). */
  end?: ReactNode;
}

export function ServiceNavigation({
  serviceName,
  serviceUrl,
  navigation = [],
  navigationLabel,
  navigationClassName,
  navigationId = "navigation",
  menuButtonText = "Menu",
  menuButtonLabel,
  collapseNavigationOnMobile,
  ariaLabel = "Service information",
  className,
  start,
  navigationStart,
  children,
  end,
}: ServiceNavigationProps): ReactElement {
  const items = navigation.filter((item): item is ServiceNavigationItem => Boolean(item));
  const collapse = collapseNavigationOnMobile ?? items.length > 1;
  const hasNav = items.length > 0 || Boolean(navigationStart) || Boolean(children);

  const inner = (
    <div className="govuk-width-container">
      {start}
      <div className="govuk-service-navigation__container">
        {serviceName ? (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <a href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </a>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        ) : null}
        {hasNav ? (
          <nav
            aria-label={navigationLabel || menuButtonText}
            className={cx("govuk-service-navigation__wrapper", navigationClassName)}
          >
            {collapse ? (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-label={menuButtonLabel && menuButtonLabel !== menuButtonText ? menuButtonLabel : undefined}
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            ) : null}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {navigationStart}
              {items.map((item, index) => (
                <ServiceNavigationLink key={index} href={item.href} active={item.active} current={item.current}>
                  {item.text}
                </ServiceNavigationLink>
              ))}
              {children}
            </ul>
          </nav>
        ) : null}
      </div>
      {end}
    </div>
  );

  const rootClassName = cx("govuk-service-navigation", className);
  if (serviceName || start || end) {
    return (
      <section aria-label={ariaLabel} className={rootClassName} data-module="govuk-service-navigation">
        {inner}
      </section>
    );
  }
  return (
    <div className={rootClassName} data-module="govuk-service-navigation">
      {inner}
    </div>
  );
}

export interface ServiceNavigationLinkProps {
  href?: string;
  active?: boolean;
  current?: boolean;
  children: ReactNode;
}

/** One `<li class="govuk-service-navigation__item">`, for the navigation slots. */
export function ServiceNavigationLink({ href, active, current, children }: ServiceNavigationLinkProps): ReactElement {
  const isActive = Boolean(active || current);
  const ariaCurrent = isActive ? (current ? "page" : "true") : undefined;
  const content = isActive ? (
    <strong className="govuk-service-navigation__active-fallback">{children}</strong>
  ) : (
    children
  );
  return (
    <li className={cx("govuk-service-navigation__item", isActive && "govuk-service-navigation__item--active")}>
      {href ? (
        <a className="govuk-service-navigation__link" href={href} aria-current={ariaCurrent}>
          {content}
        </a>
      ) : (
        <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
          {content}
        </span>
      )}
    </li>
  );
}

export interface ServiceNavigationFormButtonProps {
  /** Form action, e.g. "/auth/sign-out". */
  action: string;
  /** Default "post". */
  method?: "post" | "get";
  /** Button label, e.g. "Sign out". */
  children: ReactNode;
  /** Extra form content, e.g. a hidden CSRF input. */
  formContent?: ReactNode;
  /** Extra classes for the button. */
  className?: string;
}

/**
 * A navigation item that submits a form (e.g. sign out via POST), with the
 * button styled as a service navigation link. Works without JavaScript.
 * The button needs a small reset (no background/border/padding, inherit font):
 * see `app/components/govuk/govuk-components.css` (`.app-service-navigation__button`).
 */
export function ServiceNavigationFormButton({
  action,
  method = "post",
  children,
  formContent,
  className,
}: ServiceNavigationFormButtonProps): ReactElement {
  return (
    <li className="govuk-service-navigation__item">
      <form method={method} action={action} className="app-service-navigation__form">
        {formContent}
        <button
          type="submit"
          className={cx("govuk-service-navigation__link app-service-navigation__button", className)}
        >
          {children}
        </button>
      </form>
    </li>
  );
}
