import { useLoaderData } from "@remix-run/react";
import { govukMeta } from "~/lib/page";
import { rejectedLoader } from "./claims.server";

export const meta = govukMeta("You cannot submit the claim");
export const loader = rejectedLoader;

export default function ClaimRejectedPage() {
  const { schoolId } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot submit the claim</h1>
        <p className="govuk-body">
          Someone else has claimed training hours for one or more of the mentors in this claim since you started it, so
          the hours you entered are no longer available.
        </p>
        <p className="govuk-body">
          Your claim has not been submitted. Check the mentors’ hours and add the claim again.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/claims/schools/${schoolId}/claims`}>
            Back to claims
          </a>
        </p>
      </div>
    </div>
  );
}
