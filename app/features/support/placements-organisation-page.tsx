import { useLoaderData } from "@remix-run/react";
import { BackLink, SummaryList } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { placementsOrganisationLoader } from "./console.server";

export const meta = govukMeta<{ organisation: { name: string } }>((data) =>
  data ? `${data.organisation.name} – Organisations` : "Organisations",
);
export const loader = placementsOrganisationLoader;

/** The sections support opens inside the organisation: the same pages its own users have. */
const SECTIONS = {
  school: [
    { text: "Placements", path: "placements" },
    { text: "Mentors", path: "mentors" },
    { text: "Users", path: "users" },
    { text: "Organisation details", path: "details" },
  ],
  provider: [
    { text: "Find placements", path: "find" },
    { text: "Placements", path: "placements" },
    { text: "Users", path: "users" },
  ],
} as const;

export default function PlacementsOrganisationPage() {
  const { organisation } = useLoaderData<typeof loader>();
  const base = `/placements/${organisation.kind === "school" ? "schools" : "providers"}/${organisation.id}`;
  return (
    <>
      <BackLink href="/placements/support/organisations" />
      <span className="govuk-caption-l">{organisation.typeLabel}</span>
      <h1 className="govuk-heading-l">{organisation.name}</h1>
      <SummaryList
        rows={[
          { key: "Organisation type", value: organisation.typeLabel },
          ...organisation.details.map((row) => ({ key: row.key, value: row.value || "Not entered" })),
        ]}
      />
      <h2 className="govuk-heading-m">Work inside this organisation</h2>
      <p className="govuk-body">You see and change the same pages as the organisation’s users.</p>
      <ul className="govuk-list">
        {SECTIONS[organisation.kind].map((section) => (
          <li key={section.path}>
            <a className="govuk-link" href={`${base}/${section.path}`}>
              {section.text}
              <span className="govuk-visually-hidden"> for {organisation.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
