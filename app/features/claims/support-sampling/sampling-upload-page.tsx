import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { samplingUploadJourney } from "./sampling.server";

export const loader = samplingUploadJourney.stepLoader;
export const action = samplingUploadJourney.stepAction;

const TEXT = {
  title: "Upload claims to be sampled",
  confirmTitle: "Are you sure you want to upload the sampling data?",
  confirmButton: "Upload data",
};
export const meta = csvUploadMeta(TEXT);

type Line = { row: number; reference: string; reason: string; schoolName: string; providerName: string };

/** "Upload claims to be sampled" (reference upload_sampling_data_wizard). */
export default function SamplingUploadPage() {
  return (
    <CsvUploadWizardPage<Line>
      text={TEXT}
      hint="The file must be a CSV with the columns claim_reference and sample_reason. Every claim must be paid."
      table={{
        head: [{ text: "Row", format: "numeric" }, "Claim reference", "School", "Accredited provider", "Sample reason"],
        row: (l) => [{ text: String(l.row), format: "numeric" }, l.reference, l.schoolName, l.providerName, l.reason],
      }}
    >
      <p className="govuk-body">
        Each accredited provider will be e-mailed a link to the file of its claims, to audit within 21 days.
      </p>
    </CsvUploadWizardPage>
  );
}
