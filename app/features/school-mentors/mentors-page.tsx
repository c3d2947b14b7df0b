import { useLoaderData } from "@remix-run/react";
import { Button, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { mentorsListLoader } from "./mentors.server";
import { MENTOR_TEXTS, mentorsPath } from "./mentor-texts";

export const meta = govukMeta("Mentors");
export const loader = mentorsListLoader;

export default function MentorsPage() {
  const { service, schoolId, schoolName, mentors } = useLoaderData<typeof loader>();
  const base = mentorsPath(service, schoolId);
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">Mentors</h1>
      <p className="govuk-body">{MENTOR_TEXTS[service].listIntro(schoolName)}</p>
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
