import { useLoaderData } from "@remix-run/react";
import { Panel } from "~/components/govuk";
import { formatPence } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { confirmationLoader } from "./claims.server";

export const meta = govukMeta("Claim submitted");
export const loader = confirmationLoader;

export default function ClaimConfirmationPage() {
  const { schoolId, claim } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title="Claim submitted">
          Your reference number
          <br />
          <strong>{claim.reference}</strong>
        </Panel>
        <p className="govuk-body">
          We have sent a confirmation e-mail to {claim.submittedBy?.email ?? "you"}. You claimed{" "}
          {formatPence(claim.amountPence)} for {claim.mentors.length}{" "}
          {claim.mentors.length === 1 ? "mentor" : "mentors"} with {claim.provider?.name}.
        </p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          We will check your claim and pay the funding to your school. {claim.provider?.name} may be asked to confirm
          the hours of training.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/claims/schools/${schoolId}/claims`}>
            View all claims
          </a>
        </p>
      </div>
    </div>
  );
}
