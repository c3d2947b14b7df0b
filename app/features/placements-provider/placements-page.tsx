import { useLoaderData } from "@remix-run/react";
import { Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";

type Data = {
  showSchool: boolean;
  placements: {
    id: string;
    subject: string;
    yearGroupOrKeyStage: string;
    academicYear: string;
    provider: string | null;
    school: string;
  }[];
};

export const meta = govukMeta("Placements");

export default function PlacementsPage() {
  const { placements, showSchool } = useLoaderData<Data>();
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Placements</h1>
      {placements.length === 0 ? (
        <p className="govuk-body">There are no placements</p>
      ) : (
        <Table
          head={[...(showSchool ? ["School"] : []), "Subject", "Year group / key stage", "Academic year", "Provider"]}
          rows={placements.map((p) => [
            ...(showSchool ? [p.school] : []),
            p.subject,
            p.yearGroupOrKeyStage,
            p.academicYear,
            p.provider ?? "Not yet known",
          ])}
        />
      )}
    </>
  );
}
