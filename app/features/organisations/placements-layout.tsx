import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";

type LayoutData = { organisation: { id: string; name: string }; kind: "school" | "provider"; isSupport: boolean };

export default function PlacementsOrganisationLayout() {
  const { organisation, kind } = useLoaderData<LayoutData>();
  const { pathname } = useLocation();
  const base = `/placements/${kind === "school" ? "schools" : "providers"}/${organisation.id}`;
  // Only the pages that exist: mentors, partner schools and organisation details come with their own journeys.
  const items = [
    { text: "Placements", href: `${base}/placements` },
    { text: "Users", href: `${base}/users` },
  ].map((item) => ({ ...item, current: pathname === item.href || pathname.startsWith(`${item.href}/`) }));
  return (
    <>
      <p className="govuk-caption-m">{organisation.name}</p>
      <SubNavigation label="Organisation" items={items} />
      <Outlet />
    </>
  );
}
