import type { LoaderFunctionArgs } from "@remix-run/node";
import { DownloadLinkPage, downloadLinkTitle } from "~/features/download-link/download-link-page";
import { downloadLinkRoute } from "~/features/download-link/download-link.server";
import { govukMeta } from "~/lib/page";

// The payer's one-time link to a payment file (e-mailed by "Send claims to payer").
// A function, not a module-level call: the browser build drops the loader and its server-only import with it.
export async function loader(args: LoaderFunctionArgs) {
  return downloadLinkRoute((api) => api.claims.paymentLink).loader(args);
}
export const meta = govukMeta(downloadLinkTitle("Claims ready for payment"));

export default function PaymentLinkPage() {
  return (
    <DownloadLinkPage
      heading="Claims ready for payment"
      description="Download the CSV file of claims for mentor training funding that are ready for payment."
    />
  );
}
