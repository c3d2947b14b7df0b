import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { SubNavigation } from "~/components/layout/SubNavigation";
import { PlacementsOrganisationHeader } from "~/features/placements/organisation-header";
import { schoolLayoutLoader } from "./school-layout.server";

export const loader = schoolLayoutLoader;

/** The school's sections. Only pages that exist are linked. */
export const SCHOOL_SECTIONS = [
  { text: "Placements", path: "placements" },
  { text: "Mentors", path: "mentors" },
  { text: "Providers", path: "partner-providers" },
  { text: "Users", path: "users" },
  { text: "Organisation details", path: "details" },
] as const;

export default function PlacementsSchoolLayout() {
  const data = useLoaderData<typeof loader>();
  const { pathname } = useLocation();
  const base = `/placements/schools/${data.school.id}`;
  const items = SCHOOL_SECTIONS.map(({ text, path }) => {
    const href = `${base}/${path}`;
    return { text, href, current: pathname === href || pathname.startsWith(`${href}/`) };
  });
  return (
    <>
      <PlacementsOrganisationHeader
        name={data.school.name}
        changeOrganisationHref={data.changeOrganisationHref}
        academicYearName={data.academicYear}
        changeAcademicYearHref={data.changeAcademicYearHref}
      />
      <SubNavigation label="Organisation" items={items} />
      <Outlet />
    </>
  );
}
