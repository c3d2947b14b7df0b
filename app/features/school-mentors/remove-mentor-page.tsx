import { useLoaderData } from "@remix-run/react";
import { BackLink, CancelLink, FormActions } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { removeMentorAction, removeMentorLoader } from "./mentors.server";
import { MENTOR_TEXTS, mentorsPath, type MentorService } from "./mentor-texts";

type Data = { service: MentorService; canRemove: boolean; mentor: { firstName: string; lastName: string } };
export const meta = govukMeta<Data>((data) => {
  if (!data) return "Mentors";
  const texts = MENTOR_TEXTS[data.service];
  const name = `${data.mentor.firstName} ${data.mentor.lastName}`;
  return data.canRemove ? `${texts.removeQuestion} – ${name}` : `${texts.cannotRemove} – ${name}`;
});
export const loader = removeMentorLoader;
export const action = removeMentorAction;

export default function RemoveMentorPage() {
  const { service, schoolId, mentor, canRemove, placements } = useLoaderData<typeof loader>();
  const texts = MENTOR_TEXTS[service];
  const mentorHref = `${mentorsPath(service, schoolId)}/${mentor.id}`;
  const name = `${mentor.firstName} ${mentor.lastName}`;
  return (
    <>
      <BackLink href={mentorHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{name}</span>
          {canRemove ? (
            <>
              <h1 className="govuk-heading-l">{texts.removeQuestion}</h1>
              <p className="govuk-body">{texts.removeConsequence(name)}</p>
              <PostForm>
                <FormActions cancelHref={mentorHref} variant="warning" preventDoubleClick>
                  {texts.removeLink}
                </FormActions>
              </PostForm>
            </>
          ) : service === "claims" ? (
            <>
              <h1 className="govuk-heading-l">{texts.cannotRemove}</h1>
              <p className="govuk-body">You cannot remove this mentor because they are included in an active claim.</p>
              <p className="govuk-body">You will be able to remove the mentor once we have processed the claim.</p>
              <CancelLink href={mentorHref} />
            </>
          ) : (
            <>
              <h1 className="govuk-heading-l">{texts.cannotRemove}</h1>
              <p className="govuk-body">
                {name} is assigned to placements at this school. You must remove them from these placements before you
                can delete them:
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {placements.map((p) => (
                  <li key={p.id}>
                    <a className="govuk-link" href={`/placements/schools/${schoolId}/placements/${p.id}`}>
                      {p.title}
                    </a>
                  </li>
                ))}
              </ul>
              <CancelLink href={mentorHref} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
