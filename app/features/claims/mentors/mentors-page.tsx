import { useLoaderData } from "@remix-run/react";
import { Button, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { mentorsListLoader } from "./mentors.server";

export const meta = govukMeta("Mentors");
export const loader = mentorsListLoader;

export default function MentorsPage() {
  const { schoolId, schoolName, mentors } = useLoaderData<typeof loader>();
  const base = `/claims/schools/${schoolId}/mentors`;
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Mentors</h1>
      <p className="govuk-body">Add mentors to be able to include them in claims for {schoolName}.</p>
      <Button href={`${base}/new`}>Add mentor</Button>
      {mentors.length === 0 ? (
        <p className="govuk-body">There are no mentors for {schoolName}.</p>
      ) : (
        <Table
          caption="Mentors"
          captionClassName="govuk-visually-hidden"
          head={["Name", "Teacher reference number (TRN)"]}
          rows={mentors.map((m) => [
            <a key={m.id} className="govuk-link" href={`${base}/${m.id}`}>
              {m.firstName} {m.lastName}
            </a>,
            m.trn,
          ])}
        />
      )}
    </>
  );
}
