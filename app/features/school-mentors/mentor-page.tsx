import { useLoaderData } from "@remix-run/react";
import { BackLink, SummaryList } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { mentorLoader } from "./mentors.server";
import { MENTOR_TEXTS, mentorsPath } from "./mentor-texts";

type Data = { mentor: { firstName: string; lastName: string } };
export const meta = govukMeta<Data>((data) =>
  data ? `${data.mentor.firstName} ${data.mentor.lastName} – Mentors` : "Mentor",
);
export const loader = mentorLoader;

export default function MentorPage() {
  const { service, schoolId, mentor } = useLoaderData<typeof loader>();
  const base = mentorsPath(service, schoolId);
  return (
    <>
      <BackLink href={base} />
      <span className="govuk-caption-l">Mentors</span>
      <h1 className="govuk-heading-l">
        {mentor.firstName} {mentor.lastName}
      </h1>
      <SummaryList
        rows={[
          { key: "First name", value: mentor.firstName },
          { key: "Last name", value: mentor.lastName },
          { key: "Teacher reference number (TRN)", value: mentor.trn },
        ]}
      />
      <p className="govuk-body">
        <a className="govuk-link app-link--destructive" href={`${base}/${mentor.id}/remove`}>
          {MENTOR_TEXTS[service].removeLink}
        </a>
      </p>
    </>
  );
}
