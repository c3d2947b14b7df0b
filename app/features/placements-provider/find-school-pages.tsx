import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { SummaryList, Table, Tag } from "~/components/govuk";
import { formatDate } from "~/lib/format";
import { pageTitle } from "~/lib/services";
import type {
  findSchoolContactLoader,
  findSchoolDetailsLoader,
  findSchoolLayoutLoader,
  findSchoolPlacementsLoader,
} from "./find-school.server";

const LAYOUT_ID = "routes/placements.providers.$providerId.find.$schoolId";

function schoolTitle(tab: string): MetaFunction {
  return ({ matches }) => {
    const layout = matches.find((m) => m.id === LAYOUT_ID)?.data as
      Awaited<ReturnType<Awaited<ReturnType<typeof findSchoolLayoutLoader>>["json"]>> | undefined;
    return [{ title: pageTitle(`${layout?.school.name ?? "School"} – ${tab}`, "placements") }];
  };
}

type PlacementItem = {
  id: string;
  title: string;
  terms: string;
  mentors: string;
  status: "available" | "yours" | "unavailable";
};
const STATUS = {
  available: { text: "Available", colour: "green" },
  yours: { text: "Assigned to you", colour: "blue" },
  unavailable: { text: "Unavailable", colour: "red" },
} as const;

function PlacementTable({ caption, placements }: { caption: string; placements: PlacementItem[] }) {
  return (
    <Table
      caption={caption}
      captionClassName="govuk-table__caption--m"
      head={["Placement", "Expected date", "Status"]}
      rows={placements.map((p) => [
        p.title,
        p.terms,
        <Tag key="status" colour={STATUS[p.status].colour}>
          {STATUS[p.status].text}
        </Tag>,
      ])}
    />
  );
}

export const findSchoolPlacementsMeta = schoolTitle("Placements");
export const findSchoolContactMeta = schoolTitle("Placement contact");
export const findSchoolDetailsMeta = schoolTitle("School details");

export function FindSchoolPlacementsPage() {
  const { academicYear, unfilled, filled } = useLoaderData<typeof findSchoolPlacementsLoader>();
  if (unfilled.length === 0 && filled.length === 0) {
    return <p className="govuk-body">There are no placements for {academicYear}.</p>;
  }
  return (
    <>
      <h2 className="govuk-heading-m">Placements for {academicYear}</h2>
      {unfilled.length ? (
        <PlacementTable caption={`Unfilled placements (${unfilled.length})`} placements={unfilled} />
      ) : (
        <p className="govuk-body">There are no unfilled placements.</p>
      )}
      {filled.length ? <PlacementTable caption={`Filled placements (${filled.length})`} placements={filled} /> : null}
    </>
  );
}

export function FindSchoolContactPage() {
  const { contact } = useLoaderData<typeof findSchoolContactLoader>();
  return (
    <>
      <h2 className="govuk-heading-m">ITT placement contact</h2>
      {contact ? (
        <SummaryList
          rows={[
            { key: "Name", value: contact.name ?? "Not entered" },
            {
              key: "Email address",
              value: (
                <a className="govuk-link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">This school has not added an ITT placement contact yet.</p>
      )}
    </>
  );
}

const value = (v: string | number | null | undefined, suffix = "") =>
  v === null || v === undefined || v === "" ? "Not entered" : `${v}${suffix}`;

export function FindSchoolDetailsPage() {
  const d = useLoaderData<typeof findSchoolDetailsLoader>();
  const address = [d.address1, d.address2, d.address3, d.town, d.postcode].filter(Boolean);
  return (
    <>
      <h2 className="govuk-heading-m">Additional details</h2>
      <SummaryList
        rows={[
          { key: "Phase", value: value(d.phase) },
          {
            key: "Age range",
            value:
              d.minimumAge !== null && d.maximumAge !== null ? `${d.minimumAge} to ${d.maximumAge}` : "Not entered",
          },
          { key: "UK provider reference number (UKPRN)", value: value(d.ukprn) },
          { key: "Unique reference number (URN)", value: value(d.urn) },
          { key: "Telephone number", value: value(d.telephone) },
          {
            key: "Website",
            value: d.website ? (
              <a className="govuk-link" href={d.website} rel="noreferrer noopener" target="_blank">
                {d.website} (opens in new tab)
              </a>
            ) : (
              "Not entered"
            ),
          },
          {
            key: "Address",
            value: address.length ? (
              <>
                {address.map((line, i) => (
                  <span key={i}>
                    {line}
                    {i < address.length - 1 ? <br /> : null}
                  </span>
                ))}
              </>
            ) : (
              "Not entered"
            ),
          },
        ]}
      />
      <h2 className="govuk-heading-m">Details</h2>
      <SummaryList
        rows={[
          { key: "Establishment group", value: value(d.group) },
          { key: "School type", value: value(d.typeOfEstablishment) },
          { key: "Gender", value: value(d.gender) },
          { key: "Religious character", value: value(d.religiousCharacter) },
          { key: "Admissions policy", value: value(d.admissionsPolicy) },
          { key: "Urban or rural", value: value(d.urbanOrRural) },
          { key: "School capacity", value: value(d.schoolCapacity) },
          { key: "Total pupils", value: value(d.totalPupils) },
          { key: "Total boys", value: value(d.totalBoys) },
          { key: "Total girls", value: value(d.totalGirls) },
          { key: "Percentage free school meals", value: value(d.percentageFreeSchoolMeals, "%") },
        ]}
      />
      <h2 className="govuk-heading-m">Special educational needs and disabilities (SEND)</h2>
      <SummaryList
        rows={[
          { key: "Special classes", value: value(d.specialClasses) },
          { key: "SEN provision", value: d.senProvisions.length ? d.senProvisions.join(", ") : value(d.sendProvision) },
          { key: "Training with disabilities", value: value(d.trainingWithDisabilities) },
        ]}
      />
      <h2 className="govuk-heading-m">Ofsted</h2>
      <SummaryList
        rows={[
          { key: "Rating", value: value(d.rating) },
          {
            key: "Last inspection date",
            value: d.lastInspectionDate ? formatDate(d.lastInspectionDate) : "Not entered",
          },
        ]}
      />
      <h2 className="govuk-heading-m">Placements in {d.lastYear.name}</h2>
      {d.lastYear.placements.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {d.lastYear.placements.map((p) => (
            <li key={p.id}>{p.title}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">This school did not host placements in {d.lastYear.name}.</p>
      )}
    </>
  );
}
