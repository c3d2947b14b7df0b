import { Outlet, useLoaderData, useLocation } from "@remix-run/react";
import { BackLink, Tag } from "~/components/govuk";
import { SubNavigation } from "~/components/layout/SubNavigation";
import { SCHOOL_TAGS } from "./school-tags";
import type { findSchoolLayoutLoader } from "./find-school.server";

/** The school's name and tag above its tabs. */
export default function FindSchoolLayout() {
  const { providerId, school } = useLoaderData<typeof findSchoolLayoutLoader>();
  const { pathname } = useLocation();
  const base = `/placements/providers/${providerId}/find/${school.id}`;
  const items = [
    { text: "Placements", href: `${base}/placements` },
    { text: "Placement contact", href: `${base}/placement-contact` },
    { text: "School details", href: `${base}/school-details` },
  ].map((item) => ({ ...item, current: pathname === item.href }));
  const tag = SCHOOL_TAGS[school.tag];
  return (
    <>
      <BackLink href={`/placements/providers/${providerId}/find`}>Back to find</BackLink>
      <h1 className="govuk-heading-l govuk-!-margin-bottom-2">{school.name}</h1>
      <p className="govuk-body">
        <Tag colour={tag.colour}>{tag.text}</Tag>
      </p>
      <SubNavigation label="School" items={items} />
      <Outlet />
    </>
  );
}
