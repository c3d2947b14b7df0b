import { govukMeta } from "~/lib/page";

export const meta = govukMeta("ITT Mentor Services");

/** The bare host: both services are reached by path. */
export default function Index() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">ITT Mentor Services</h1>
        <p className="govuk-body">Services for schools and initial teacher training providers in England.</p>
        <ul className="govuk-list">
          <li>
            <a className="govuk-link" href="/claims">
              Claim funding for mentor training
            </a>
          </li>
          <li>
            <a className="govuk-link" href="/placements">
              Manage school placements
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
