import { useLoaderData } from "@remix-run/react";
import { BackLink, Button, ErrorSummary, errorSummaryItems } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { govukMeta, useFormState } from "~/lib/page";
import { ClaimDeclaration } from "./claim-declaration";
import { ClaimSummary } from "./claim-page";
import { submitClaimAction, submitClaimLoader } from "./claims.server";

export const meta = govukMeta("Submit your claim");
export const loader = submitClaimLoader;
export const action = submitClaimAction;

export default function SubmitClaimPage() {
  const { schoolId, claim } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const base = `/claims/schools/${schoolId}/claims`;
  return (
    <>
      <BackLink href={`${base}/${claim.id}`} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={errorSummaryItems(errors, ["form"])} />
          <span className="govuk-caption-l">Claim - {claim.reference}</span>
          <h1 className="govuk-heading-l">Submit your claim</h1>
          <ClaimSummary claim={claim} />
          <ClaimDeclaration providerName={claim.provider?.name ?? "the accredited provider"} />
          <PostForm id="form">
            <input type="hidden" name="version" value={claim.version} />
            <Button preventDoubleClick>Accept and submit</Button>
          </PostForm>
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/${claim.id}`}>
              Cancel
            </a>
          </p>
        </div>
      </div>
    </>
  );
}
