import { DownloadLinkPage, downloadLinkTitle } from "~/features/download-link/download-link-page";
import { downloadLinkRoute } from "~/features/download-link/download-link.server";
import { govukMeta } from "~/lib/page";

// The payer's one-time link to a clawback file (e-mailed by the Clawbacks "Send claims to payer").
const route = downloadLinkRoute((api) => api.claims.clawbackLink);
export const loader = route.loader;
export const action = route.action;
export const meta = govukMeta(downloadLinkTitle("Claims requiring clawback"));

export default function ClawbackLinkPage() {
  return (
    <DownloadLinkPage
      heading="Claims requiring clawback"
      description="Download the CSV file of claims for mentor training funding that require clawback."
    />
  );
}
