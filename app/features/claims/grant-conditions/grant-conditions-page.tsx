import { useLoaderData } from "@remix-run/react";
import { Button, InsetText, Table, WarningText } from "~/components/govuk";
import { PostForm } from "~/components/forms/PostForm";
import { formatDate } from "~/lib/format";
import { govukMeta } from "~/lib/page";
import { acceptGrantConditionsAction, grantConditionsLoader } from "./grant-conditions.server";

export const meta = govukMeta("Grant conditions");
export const loader = grantConditionsLoader;
export const action = acceptGrantConditionsAction;

const RATES = [
  ["Inner London", "£53.60"],
  ["Outer London", "£48.25"],
  ["Fringe", "£45.10"],
  ["Rest of England", "£43.80"],
];

export default function GrantConditionsPage() {
  const { school, isSupport } = useLoaderData<typeof loader>();
  const acceptedBy = school.acceptedBy ? `${school.acceptedBy.firstName} ${school.acceptedBy.lastName}` : "a user";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Grant conditions</h1>
        <p className="govuk-body">
          These are the conditions of grant for general mentor training funding. Read them before you make a claim for{" "}
          {school.name}.
        </p>

        <h2 className="govuk-heading-m">1. Introduction</h2>
        <p className="govuk-body">
          Schools that host trainee teachers can claim funding for the time their general mentors spend on initial
          mentor training delivered by an accredited initial teacher training (ITT) provider.
        </p>

        <h2 className="govuk-heading-m">2. Details of the grant</h2>
        <p className="govuk-body">
          This funding helps with the cost of mentors being away from the classroom while they train. This could
          include:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>paying for someone to take over lessons while a mentor is training</li>
          <li>paying for someone to teach if a mentor takes time off in lieu to train</li>
          <li>overtime payment to the mentor, if they train outside normal working hours</li>
          <li>costs that come from reducing a mentor’s other responsibilities so they have time to train</li>
        </ul>

        <h2 className="govuk-heading-m">3. Eligibility</h2>
        <p className="govuk-body">
          Any type of institution in England that hosts an ITT trainee on a course leading to qualified teacher status
          (QTS) can claim, including special schools, pupil referral units, early years settings, further education
          organisations and independent schools. A school can claim for an academic year only when it has been made
          eligible for that year.
        </p>

        <h2 className="govuk-heading-m">4. Conditions of funding</h2>
        <p className="govuk-body">For a school to claim this funding, the mentor must:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>be employed by the school making the claim</li>
          <li>
            undertake initial mentor training with the accredited ITT provider named on the claim, up to the hours
            allowed per provider
          </li>
          <li>mentor, or intend to mentor, at least one trainee</li>
        </ul>
        <p className="govuk-body">
          The Department for Education (DfE) may ask for evidence of the mentor’s employment, of arranging placements
          for trainees and of the hours of training completed. Schools must keep this evidence. DfE may also ask the
          accredited provider to confirm the training it delivered.
        </p>

        <h2 className="govuk-heading-m">5. Funding</h2>
        <p className="govuk-body">
          The amount depends on where the school is and how many hours of training each mentor completed. It is
          calculated per hour:
        </p>
        <Table
          caption="Funding available per hour of mentor training"
          captionClassName="govuk-table__caption--s"
          head={["Region", "Funding per hour"]}
          rows={RATES.map(([region, rate]) => [region, rate])}
        />

        <h2 className="govuk-heading-m">6. Payments</h2>
        <p className="govuk-body">
          Payments are made in arrears after the claim window closes and the claim has been checked.
        </p>

        <h2 className="govuk-heading-m">7. Variation</h2>
        <p className="govuk-body">
          These conditions may be changed at any time. Schools will be told through existing channels.
        </p>

        <h2 className="govuk-heading-m">8. Recovery of funding</h2>
        <p className="govuk-body">
          DfE may recover funding that was paid in error or not used for its intended purpose, by invoice or by reducing
          later payments. The school must tell DfE immediately about any error, suspected fraud or financial
          irregularity in the use of the funds.
        </p>

        <h2 className="govuk-heading-m">9. Assurance</h2>
        <p className="govuk-body">
          DfE will check a sample of claims and may ask for evidence of the stated expenditure. Accepting the funding
          confirms that it has been or will be spent as intended. These conditions are in addition to the{" "}
          <a
            className="govuk-link"
            href="https://www.gov.uk/government/publications/grant-funding-agreement-terms-and-conditions"
          >
            standard grant terms and conditions
          </a>
          .
        </p>

        {school.acceptedAt ? (
          <InsetText>
            Grant conditions accepted by {acceptedBy} on {formatDate(school.acceptedAt)}.
          </InsetText>
        ) : isSupport ? (
          <InsetText>{school.name} has not accepted the grant conditions yet.</InsetText>
        ) : (
          <>
            <WarningText>
              By selecting ‘Accept and continue’ you declare that you have read and agreed to the above grant conditions
              as an authorised representative of {school.name}
            </WarningText>
            <PostForm>
              <Button preventDoubleClick>Accept and continue</Button>
            </PostForm>
          </>
        )}
      </div>
    </div>
  );
}
