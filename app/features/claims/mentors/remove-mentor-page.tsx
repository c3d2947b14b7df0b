import { useLoaderData } from "@remix-run/react";
import { BackLink, CancelLink, FormActions } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta } from "~/lib/page";
import { removeMentorAction, removeMentorLoader } from "./mentors.server";

type Data = { canRemove: boolean; mentor: { firstName: string; lastName: string } };
export const meta = govukMeta<Data>((data) =>
  data?.canRemove === false
    ? "You cannot remove this mentor"
    : `Are you sure you want to remove this mentor? – ${data ? `${data.mentor.firstName} ${data.mentor.lastName}` : "Mentors"}`,
);
export const loader = removeMentorLoader;
export const action = removeMentorAction;

export default function RemoveMentorPage() {
  const { schoolId, mentor, canRemove } = useLoaderData<typeof loader>();
  const mentorHref = `/claims/schools/${schoolId}/mentors/${mentor.id}`;
  const name = `${mentor.firstName} ${mentor.lastName}`;
  return (
    <>
      <BackLink href={mentorHref} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{name}</span>
          {canRemove ? (
            <>
              <h1 className="govuk-heading-l">Are you sure you want to remove this mentor?</h1>
              <p className="govuk-body">You will no longer be able to add {name} to claims for this school.</p>
              <PostForm>
                <FormActions cancelHref={mentorHref} variant="warning" preventDoubleClick>
                  Remove mentor
                </FormActions>
              </PostForm>
            </>
          ) : (
            <>
              <h1 className="govuk-heading-l">You cannot remove this mentor</h1>
              <p className="govuk-body">You cannot remove this mentor because they are included in an active claim.</p>
              <p className="govuk-body">You will be able to remove the mentor once we have processed the claim.</p>
              <CancelLink href={mentorHref} />
            </>
          )}
        </div>
      </div>
    </>
  );
}
