import { useLoaderData } from "@remix-run/react";
import { BackLink, CancelLink, Button, ErrorSummary, WarningText, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { removeClaimAction, removeClaimLoader } from "./claims.server";

export const meta = govukMeta("Are you sure you want to remove this claim?");
export const loader = removeClaimLoader;
export const action = removeClaimAction;

export default function RemoveClaimPage() {
  const { schoolId, claim } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const back = `/claims/schools/${schoolId}/claims/${claim.id}`;
  return (
    <>
      <BackLink href={back} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
          <span className="govuk-caption-l">Claim - {claim.reference}</span>
          <h1 className="govuk-heading-l">Are you sure you want to remove this claim?</h1>
          <WarningText>The claim and the mentors’ hours in it will be removed. You cannot undo this.</WarningText>
          <PostForm id="form">
            <Button variant="warning" preventDoubleClick>
              Remove claim
            </Button>
          </PostForm>
          <CancelLink href={back} />
        </div>
      </div>
    </>
  );
}
