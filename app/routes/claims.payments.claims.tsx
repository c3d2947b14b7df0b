import { DownloadLinkPage, downloadLinkTitle } from "~/features/download-link/download-link-page";
import { downloadLinkRoute } from "~/features/download-link/download-link.server";
import { govukMeta } from "~/lib/page";

// The payer's one-time link to a payment file (e-mailed by "Send claims to payer").
const route = downloadLinkRoute((api) => api.claims.paymentLink);
export const loader = route.loader;
export const action = route.action;
export const meta = govukMeta(downloadLinkTitle("Claims ready for payment"));

export default function PaymentLinkPage() {
  return (
    <DownloadLinkPage
      heading="Claims ready for payment"
      description="Download the CSV file of claims for mentor training funding that are ready for payment."
    />
  );
}
