import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { samplingUploadJourney } from "./sampling.server";

// Functions, not module-level property reads: the browser build drops them with the server-only import (a read of
// that empty import at load time would stop the page from hydrating).
export function loader(args: LoaderFunctionArgs) {
  return samplingUploadJourney.stepLoader(args);
}
export function action(args: ActionFunctionArgs) {
  return samplingUploadJourney.stepAction(args);
}

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
