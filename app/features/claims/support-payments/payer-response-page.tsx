import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { CsvUploadWizardPage, csvUploadMeta } from "~/components/csv/CsvUploadWizardPage";
import { payerResponseJourney } from "./payments.server";

// Functions, not module-level property reads: the browser build drops them with the server-only import (a read of
// that empty import at load time would stop the page from hydrating).
export function loader(args: LoaderFunctionArgs) {
  return payerResponseJourney.stepLoader(args);
}
export function action(args: ActionFunctionArgs) {
  return payerResponseJourney.stepAction(args);
}

const TEXT = {
  title: "Upload payer response",
  confirmTitle: "Are you sure you want to upload the payer response?",
  confirmButton: "Upload payer response",
};
export const meta = csvUploadMeta(TEXT);

type Line = {
  row: number;
  reference: string;
  schoolName: string;
  status: "paid" | "unpaid";
  unpaidReason: string | null;
};

/** "Upload payer response" (reference upload_payer_payment_response_wizard): paid → Paid, unpaid → information requested. */
export default function PayerResponsePage() {
  return (
    <CsvUploadWizardPage<Line>
      text={TEXT}
      hint="The file must be a CSV with the columns claim_reference, claim_status (paid, unpaid or submitted) and claim_unpaid_reason (needed for unpaid claims)."
      table={{
        head: [{ text: "Row", format: "numeric" }, "Claim reference", "School", "Status", "Reason not paid"],
        row: (l) => [
          { text: String(l.row), format: "numeric" },
          l.reference,
          l.schoolName,
          l.status === "paid" ? "Paid" : "Unpaid",
          l.unpaidReason ?? "",
        ],
      }}
    >
      <p className="govuk-body">
        Paid claims will be marked as paid. Unpaid claims will be marked as payer needs information, with the payer’s
        reason. Rows with the status submitted are left as they are.
      </p>
    </CsvUploadWizardPage>
  );
}
