import { useLoaderData } from "@remix-run/react";
import { Button, ButtonGroup, InsetText, SummaryList, Table, Tag, type TagColour } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { schoolPlacementsLoader } from "./placement.server";

export const meta = govukMeta("Placements");
export const loader = schoolPlacementsLoader;

type PlacementRow = {
  href: string;
  title: string;
  mentors: string;
  expectedDate: string;
  provider: string;
  status: { text: string; colour: TagColour };
};

/** A row of the list, made from its item alone (the table keeps its HTML). */
function placementRow(p: PlacementRow) {
  return [
    <a key="title" className="govuk-link" href={p.href}>
      {p.title}
    </a>,
    p.mentors,
    p.expectedDate,
    p.provider,
    <Tag key="status" colour={p.status.colour}>
      {p.status.text}
    </Tag>,
  ];
}

/** The school's placements for the selected academic year, with the school's availability tag. */
export default function SchoolPlacementsPage() {
  const { schoolId, placements, academicYear, interestTag, hasContact, appetite, reasonsNotHosting, potentialRows } =
    useLoaderData<typeof loader>();
  const base = `/placements/schools/${schoolId}/placements`;
  const school = `/placements/schools/${schoolId}`;
  const changeLink = appetite ? (
    <p className="govuk-body">
      <a className="govuk-link" href={`${school}/hosting-interest/edit`}>
        Change placement availability
      </a>
    </p>
  ) : (
    <p className="govuk-body">
      <a className="govuk-link" href={`${school}/hosting-interest/new`}>
        Tell us if you can offer placements in {academicYear.name}
      </a>
    </p>
  );
  const heading = (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Placements</h1>
      <p className="govuk-body">
        <Tag colour={interestTag.colour}>{interestTag.text}</Tag>
      </p>
    </>
  );
  // Maybe: the potential placement details, which can become placements.
  if (appetite === "interested") {
    return (
      <>
        {heading}
        <h2 className="govuk-heading-m">Potential placements for {academicYear.name}</h2>
        <SummaryList rows={potentialRows} />
        <ButtonGroup>
          <Button href={`${school}/potential-placements/convert`}>Add placements</Button>
        </ButtonGroup>
        {changeLink}
      </>
    );
  }
  // No: the not-offering page.
  if (appetite === "not_open") {
    return (
      <>
        {heading}
        <h2 className="govuk-heading-m">You are not offering placements in {academicYear.name}</h2>
        <p className="govuk-body">Providers can see that your school is not offering placements this year.</p>
        {reasonsNotHosting.length ? (
          <>
            <p className="govuk-body">Your reasons:</p>
            <ul className="govuk-list govuk-list--bullet">
              {reasonsNotHosting.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        ) : null}
        {changeLink}
      </>
    );
  }
  return (
    <>
      {heading}
      {changeLink}
      {hasContact ? (
        <ButtonGroup>
          <Button href={`${base}/new`}>Add placement</Button>
          <Button href={`${base}/multiple`} variant="secondary">
            Bulk add placements
          </Button>
        </ButtonGroup>
      ) : (
        <InsetText>
          You must{" "}
          <a className="govuk-link" href={`/placements/schools/${schoolId}/school-contact/new`}>
            add an ITT placement contact
          </a>{" "}
          before you can add placements.
        </InsetText>
      )}
      {placements.length === 0 ? (
        <p className="govuk-body">There are no placements for {academicYear.name}.</p>
      ) : (
        <Table
          caption={`Placements for ${academicYear.name}`}
          captionClassName="govuk-table__caption--m"
          head={["Placement", "Mentor", "Expected date", "Provider", "Status"]}
          cachedRows={{
            name: "school placements",
            items: placements.map((p) => ({
              href: `${base}/${p.id}`,
              title: p.title,
              mentors: p.mentors.length ? p.mentors.map((m) => m.name).join(", ") : "Not yet known",
              expectedDate: p.expectedDate,
              provider: p.provider?.name ?? "Not yet known",
              status: p.statusTag,
            })),
            cells: placementRow,
          }}
        />
      )}
    </>
  );
}
