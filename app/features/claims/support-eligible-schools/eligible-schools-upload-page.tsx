import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";

export { eligibleSchoolsStepLoader as loader, eligibleSchoolsStepAction as action } from "./eligible-schools.server";

const TEXT = {
  title: "Make schools eligible",
  confirmTitle: "Are you sure you want to make these schools eligible?",
  confirmButton: "Make schools eligible",
};
export const meta = csvUploadMeta(TEXT);

type Line = { row: number; name: string; urn: string; alreadyEligible: boolean };

/** "Make schools eligible" for a claim window (reference: onboard schools upload). */
export default function EligibleSchoolsUploadPage() {
  return (
    <CsvUploadWizardPage<Line>
      text={TEXT}
      hint="The file must be a CSV with the columns name and urn. Each row must name a school with that URN."
      table={{
        head: [{ text: "Row", format: "numeric" }, "School", "URN", "Eligible already"],
        row: (l) => [{ text: String(l.row), format: "numeric" }, l.name, l.urn, l.alreadyEligible ? "Yes" : "No"],
      }}
    >
      <p className="govuk-body">
        The schools will be able to claim in this claim window&apos;s academic year. Users of schools that were not
        eligible will be e-mailed.
      </p>
    </CsvUploadWizardPage>
  );
}
