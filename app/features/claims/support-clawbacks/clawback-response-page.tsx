import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { clawbackResponseJourney } from "./clawbacks.server";

// Functions, not module-level property reads: the browser build drops them with the server-only import (a read of
// that empty import at load time would stop the page from hydrating).
export function loader(args: LoaderFunctionArgs) {
  return clawbackResponseJourney.stepLoader(args);
}
export function action(args: ActionFunctionArgs) {
  return clawbackResponseJourney.stepAction(args);
}

const TEXT = {
  title: "Upload payer clawback response",
  confirmTitle: "Are you sure you want to upload the payer clawback response?",
  confirmButton: "Upload payer clawback response",
};
export const meta = csvUploadMeta(TEXT);

type Line = { row: number; reference: string; schoolName: string };

/** "Upload payer response" on Clawbacks (reference upload_esfa_clawback_response_wizard): → clawback complete. */
export default function ClawbackResponsePage() {
  return (
    <CsvUploadWizardPage<Line>
      text={TEXT}
      hint="The file must be a CSV with the columns claim_reference and claim_status (clawback_in_progress or clawback_complete)."
      table={{
        head: [{ text: "Row", format: "numeric" }, "Claim reference", "School", "Status"],
        row: (l) => [{ text: String(l.row), format: "numeric" }, l.reference, l.schoolName, "Clawback complete"],
      }}
    >
      <p className="govuk-body">
        These claims will be marked as clawback complete. Rows with the status clawback_in_progress are left as they
        are.
      </p>
    </CsvUploadWizardPage>
  );
}
