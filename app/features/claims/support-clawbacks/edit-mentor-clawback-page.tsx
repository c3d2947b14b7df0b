import { useLoaderData } from "@remix-run/react";
import { PostForm } from "~/components/forms/PostForm";
import { BackLink, FormActions } from "~/components/govuk";
import { govukMeta } from "~/lib/page";
import { editMentorAction, editMentorLoader } from "./clawbacks.server";
import { CLAWBACKS_PATH } from "./paths";
import { MentorClawbackFields } from "./request-clawback-page";

export const loader = editMentorLoader;
export const action = editMentorAction;
export const meta = govukMeta<{ mentor: { name: string } }>((d) => d?.mentor.name ?? "Change clawback");

/** Change one mentor's clawback (waiting for approval, or rejected by the approver): it then waits for approval. */
export default function EditMentorClawbackPage() {
  const { claim, mentor } = useLoaderData<typeof loader>();
  const back = `${CLAWBACKS_PATH}/${claim.id}`;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PostForm>
            <span className="govuk-caption-l">Change clawback - Claim {claim.reference}</span>
            <h1 className="govuk-heading-l">{mentor.name}</h1>
            {mentor.rejectionReason ? (
              <div className="govuk-inset-text">Why the clawback was rejected: {mentor.rejectionReason}</div>
            ) : null}
            <MentorClawbackFields mentor={mentor} />
            <FormActions cancelHref={back} preventDoubleClick>
              Request clawback
            </FormActions>
          </PostForm>
        </div>
      </div>
    </>
  );
}
