import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";
import type { consoleLayoutLoader } from "./console.server";

const NAV = {
  claims: [
    { text: "Organisations", href: "/claims/support/schools", also: ["/claims/support/organisations"] },
    { text: "Claims", href: "/claims/support/claims", also: [] },
    { text: "Users", href: "/claims/support/support-users", also: [] },
    {
      text: "Settings",
      href: "/claims/support/settings",
      also: ["/claims/support/claim-windows", "/claims/support/emails", "/claims/support/jobs"],
    },
  ],
  placements: [
    { text: "Organisations", href: "/placements/support/organisations", also: [] },
    { text: "Support users", href: "/placements/support/support-users", also: [] },
    {
      text: "Settings",
      href: "/placements/support/settings",
      also: ["/placements/support/emails", "/placements/support/jobs"],
    },
  ],
};

/** Support console navigation above every console page. */
export default function ConsoleLayout() {
  const { service } = useLoaderData<typeof consoleLayoutLoader>();
  const { pathname } = useLocation();
  const items = NAV[service].map(({ also, ...item }) => ({
    ...item,
    current: [item.href, ...also].some((href) => pathname === href || pathname.startsWith(`${href}/`)),
  }));
  return (
    <>
      <SubNavigation label="Support console" items={items} />
      <Outlet />
    </>
  );
}
