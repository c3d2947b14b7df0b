// @vitest-environment node
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  Footer,
  Header,
  PhaseBanner,
  ServiceNavigation,
  ServiceNavigationFormButton,
  ServiceNavigationLink,
  SkipLink,
} from "./index";
import { attrsById } from "./test-utils";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe("SkipLink", () => {
  it("matches govuk markup", () => {
    expect(html(<SkipLink />)).toBe(
      '<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>',
    );
  });
});

describe("Header (v6)", () => {
  it("renders the crown logo link with an accessible name", () => {
    const out = html(<Header homepageUrl="https://www.gov.uk" />);
    expect(out).toMatch(
      /^<div class="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><a href="https:\/\/www.gov.uk" class="govuk-header__homepage-link"><svg /,
    );
    expect(out).toContain('class="govuk-header__logotype" aria-label="GOV.UK"');
    expect(out).toContain('role="img"');
    expect(out).toContain('viewBox="0 0 324 60"');
    expect(out).toContain("<title>GOV.UK</title>");
    expect(out).toContain('<circle class="govuk-logo-dot" cx="226" cy="36" r="7.3"></circle>');
    expect(out).not.toContain("govuk-header__product-name");
  });

  it("shows each product name: kept by its text, rendered as it is when it is an element", () => {
    expect(html(<Header productName="Track" />)).toContain('<span class="govuk-header__product-name">Track</span>');
    expect(html(<Header productName="Pay" />)).toContain('<span class="govuk-header__product-name">Pay</span>');
    expect(html(<Header productName={<em>Beta</em>} />)).toContain(
      '<span class="govuk-header__product-name"><em>Beta</em></span>',
    );
  });
});

describe("ServiceNavigation", () => {
  it("renders service name, items with active state and slot children", () => {
    const out = html(
      <ServiceNavigation
        serviceName="Manage school placements"
        serviceUrl="/"
        navigation={[
          { href: "/placements", text: "Placements", current: true },
          { href: "/mentors", text: "Mentors", active: true },
          { href: "/users", text: "Users" },
        ]}
      >
        <ServiceNavigationLink href="/organisations">Change organisation</ServiceNavigationLink>
        <ServiceNavigationFormButton action="/auth/sign-out">Sign out</ServiceNavigationFormButton>
      </ServiceNavigation>,
    );
    expect(out).toMatch(
      /^<section aria-label="Service information" class="govuk-service-navigation" data-module="govuk-service-navigation"><div class="govuk-width-container"><div class="govuk-service-navigation__container"><span class="govuk-service-navigation__service-name"><a href="\/" class="govuk-service-navigation__link">Manage school placements<\/a><\/span>/,
    );
    expect(out).toContain('<nav aria-label="Menu" class="govuk-service-navigation__wrapper">');
    expect(attrsById(out, "navigation")).toMatchObject({ tag: "ul", class: "govuk-service-navigation__list" });
    expect(out).toContain(
      '<button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden="" aria-hidden="true">Menu</button>',
    );
    expect(out).toContain(
      '<li class="govuk-service-navigation__item govuk-service-navigation__item--active"><a class="govuk-service-navigation__link" href="/placements" aria-current="page"><strong class="govuk-service-navigation__active-fallback">Placements</strong></a></li>',
    );
    expect(out).toContain('href="/mentors" aria-current="true"');
    expect(out).toContain(
      '<li class="govuk-service-navigation__item"><a class="govuk-service-navigation__link" href="/users">Users</a></li>',
    );
    expect(out).toContain(
      '<li class="govuk-service-navigation__item"><form method="post" action="/auth/sign-out" class="app-service-navigation__form"><button type="submit" class="govuk-service-navigation__link app-service-navigation__button">Sign out</button></form></li></ul>',
    );
  });

  it("uses a div without a service name and doesn't collapse a single item", () => {
    const out = html(<ServiceNavigation navigation={[{ href: "/a", text: "A" }]} />);
    expect(out).toMatch(/^<div class="govuk-service-navigation" data-module="govuk-service-navigation">/);
    expect(out).not.toContain("govuk-service-navigation__toggle");
  });
});

describe("PhaseBanner", () => {
  it("renders a Beta tag and feedback text", () => {
    const out = html(<PhaseBanner feedbackHref="/feedback" />);
    expect(out).toMatch(
      /^<div class="govuk-phase-banner govuk-width-container"><p class="govuk-phase-banner__content"><strong class="govuk-tag govuk-phase-banner__content__tag">Beta<\/strong><span class="govuk-phase-banner__text">/,
    );
    expect(out).toContain('<a class="govuk-link" href="/feedback"');
  });

  it("shows each banner's own tag and text", () => {
    expect(html(<PhaseBanner tag="Alpha">Text one</PhaseBanner>)).toContain(">Alpha</strong>");
    expect(html(<PhaseBanner tag="Alpha">Text two</PhaseBanner>)).toContain(">Text two</span>");
    expect(html(<PhaseBanner tag={<b>Beta</b>} />)).toContain("<b>Beta</b>");
  });
});

describe("Footer", () => {
  it("renders crown, meta links, licence and copyright", () => {
    const out = html(<Footer meta={{ items: [{ href: "/cookies", text: "Cookies" }] }} />);
    expect(out).toContain('class="govuk-footer__crown"');
    expect(out).toContain('role="presentation"');
    expect(out).toContain('viewBox="0 0 64 60"');
    expect(out).toContain('<h2 class="govuk-visually-hidden">Support links</h2>');
    expect(out).toContain(
      '<ul class="govuk-footer__inline-list"><li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="/cookies">Cookies</a></li></ul>',
    );
    expect(out).toContain('class="govuk-footer__licence-logo"');
    expect(out).toContain('rel="license"');
    expect(out).toContain("© Crown copyright</a>");
  });

  it("hides the licence when contentLicence is null", () => {
    expect(html(<Footer contentLicence={null} />)).not.toContain("govuk-footer__licence");
  });
});
