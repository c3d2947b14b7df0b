import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";
import { changeAcademicYearHref } from "~/features/placements/organisation-header";
import type { providerLayoutLoader } from "./provider-layout.server";

/**
 * The provider's header (organisation and the selected academic year, each with a Change link) and navigation.
 * Only pages that exist are linked.
 */
export default function ProviderLayout() {
  const { provider, academicYear, isSupport } = useLoaderData<typeof providerLayoutLoader>();
  const { pathname, search } = useLocation();
  const base = `/placements/providers/${provider.id}`;
  const items = [
    { text: "Find", href: `${base}/find` },
    { text: "Placements", href: `${base}/placements` },
    { text: "Users", href: `${base}/users` },
  ].map((item) => ({ ...item, current: pathname === item.href || pathname.startsWith(`${item.href}/`) }));
  return (
    <>
      <div className="app-organisation-header govuk-!-margin-bottom-4">
        <p className="govuk-body govuk-!-margin-bottom-1">
          <strong>{provider.name}</strong>
          {isSupport ? (
            <>
              {" "}
              <a className="govuk-link govuk-link--no-visited-state" href="/placements/support/organisations">
                Change<span className="govuk-visually-hidden"> organisation</span>
              </a>
            </>
          ) : null}
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">
          Academic year {academicYear.name}{" "}
          <a className="govuk-link govuk-link--no-visited-state" href={changeAcademicYearHref(`${pathname}${search}`)}>
            Change<span className="govuk-visually-hidden"> academic year</span>
          </a>
        </p>
      </div>
      <SubNavigation label="Organisation" items={items} />
      <Outlet />
    </>
  );
}
