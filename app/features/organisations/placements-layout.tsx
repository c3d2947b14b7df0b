import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";

type LayoutData = { organisation: { id: string; name: string }; kind: "school" | "provider"; isSupport: boolean };

export default function PlacementsOrganisationLayout() {
  const { organisation, kind } = useLoaderData<LayoutData>();
  const { pathname } = useLocation();
  const base = `/placements/${kind === "school" ? "schools" : "providers"}/${organisation.id}`;
  const items = (
    kind === "school"
      ? [
          { text: "Placements", href: `${base}/placements` },
          { text: "Mentors", href: `${base}/mentors` },
          { text: "Users", href: `${base}/users` },
          { text: "Organisation details", href: `${base}/details` },
        ]
      : [
          { text: "Placements", href: `${base}/placements` },
          { text: "Partner schools", href: `${base}/partner-schools` },
          { text: "Users", href: `${base}/users` },
          { text: "Organisation details", href: `${base}/details` },
        ]
  ).map((item) => ({ ...item, current: pathname === item.href || pathname.startsWith(`${item.href}/`) }));
  return (
    <>
      <p className="govuk-caption-m">{organisation.name}</p>
      <SubNavigation label="Organisation" items={items} />
      <Outlet />
    </>
  );
}

