import { useLoaderData } from "@remix-run/react";
import { Button, ButtonGroup, InsetText, Table, Tag } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { schoolPlacementsLoader } from "./placement.server";

export const meta = govukMeta("Placements");
export const loader = schoolPlacementsLoader;

/** The school's placements for the selected academic year, with the school's availability tag. */
export default function SchoolPlacementsPage() {
  const { schoolId, placements, academicYear, interestTag, hasContact } = useLoaderData<typeof loader>();
  const base = `/placements/schools/${schoolId}/placements`;
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Placements</h1>
      <p className="govuk-body">
        <Tag colour={interestTag.colour}>{interestTag.text}</Tag>
      </p>
      {hasContact ? (
        <ButtonGroup>
          <Button href={`${base}/new`}>Add placement</Button>
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
          rows={placements.map((p) => [
            <a key="title" className="govuk-link" href={`${base}/${p.id}`}>
              {p.title}
            </a>,
            p.mentors.length ? p.mentors.map((m) => m.name).join(", ") : "Not yet known",
            p.expectedDate,
            p.provider?.name ?? "Not yet known",
            <Tag key="status" colour={p.statusTag.colour}>
              {p.statusTag.text}
            </Tag>,
          ])}
        />
      )}
    </>
  );
}
