import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { providerResponseJourney } from "./sampling.server";

// Functions, not module-level property reads: the browser build drops them with the server-only import (a read of
// that empty import at load time would stop the page from hydrating).
export function loader(args: LoaderFunctionArgs) {
  return providerResponseJourney.stepLoader(args);
}
export function action(args: ActionFunctionArgs) {
  return providerResponseJourney.stepAction(args);
}

const TEXT = {
  title: "Upload provider response",
  confirmTitle: "Are you sure you want to upload the provider response?",
  confirmButton: "Upload provider response",
};
export const meta = csvUploadMeta(TEXT);

type Line = { row: number; reference: string; mentorName: string; accepted: boolean; reason: string | null };

/** "Upload provider response" (reference upload_provider_response_wizard). */
export default function ProviderResponsePage() {
  return (
    <CsvUploadWizardPage<Line>
      text={TEXT}
      hint="The file must be a CSV with the columns claim_reference, mentor_full_name, claim_accepted (yes or no) and rejection_reason (needed when not accepted), with a row for every mentor of each claim."
      table={{
        head: [{ text: "Row", format: "numeric" }, "Claim reference", "Mentor", "Accepted", "Rejection reason"],
        row: (l) => [
          { text: String(l.row), format: "numeric" },
          l.reference,
          l.mentorName,
          l.accepted ? "Yes" : "No",
          l.reason ?? "",
        ],
      }}
    >
      <p className="govuk-body">
        Claims whose mentors are all accepted will be marked as paid. The others will be marked as not approved by the
        provider, and the school will be e-mailed the provider’s reasons.
      </p>
    </CsvUploadWizardPage>
  );
}
