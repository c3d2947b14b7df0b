import { useLoaderData } from "@remix-run/react";
import { BackLink, Table, Tag } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { PartnerSchoolTabs } from "./partner-school-tabs";
import { partnerSchoolPlacementsLoader } from "./partner-school-placements.server";

type Data = { school: { name: string } };
export const meta = govukMeta<Data>((data) => `${data?.school.name ?? "Partner school"} – Placements`);
export const loader = partnerSchoolPlacementsLoader;

/** A partner school's published placements in the selected year: those assigned to you, and the others. */
export default function PartnerSchoolPlacementsPage() {
  const { school, partnerPath, academicYear, assignedToYou, other } = useLoaderData<typeof loader>();
  const link = (p: { id: string; title: string }) => (
    <a key="title" className="govuk-link govuk-link--no-visited-state" href={`${partnerPath}/placements/${p.id}`}>
      {p.title}
    </a>
  );
  return (
    <>
      <BackLink href={partnerPath.replace(/\/[^/]+$/, "")} />
      <h1 className="govuk-heading-l">{school.name}</h1>
      <PartnerSchoolTabs partnerPath={partnerPath} current="placements" />
      <p className="govuk-body">Placements for {academicYear}.</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {assignedToYou.length ? (
            <Table
              caption="Placements assigned to you"
              captionClassName="govuk-table__caption--m"
              head={["Subject", "Mentors"]}
              rows={assignedToYou.map((p) => [link(p), p.mentors])}
            />
          ) : (
            <Empty heading="Placements assigned to you" text="There are no placements assigned to you." />
          )}
          {other.length ? (
            <Table
              caption="Other placements"
              captionClassName="govuk-table__caption--m"
              head={["Subject", "Status"]}
              rows={other.map((p) => [
                link(p),
                <Tag key="status" colour={p.statusTag.colour}>
                  {p.statusTag.text}
                </Tag>,
              ])}
            />
          ) : (
            <Empty heading="Other placements" text="There are no other placements." />
          )}
        </div>
      </div>
    </>
  );
}

function Empty({ heading, text }: { heading: string; text: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      <p className="govuk-body">{text}</p>
    </>
  );
}
