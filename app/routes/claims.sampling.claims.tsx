import type { LoaderFunctionArgs } from "@remix-run/node";
import { DownloadLinkPage, downloadLinkTitle } from "~/features/download-link/download-link-page";
import { downloadLinkRoute } from "~/features/download-link/download-link.server";
import { govukMeta } from "~/lib/page";

/** A provider's audit file, through the one-time link in "ITT mentor claims need to be quality assured". */
// A function, not a module-level call: the browser build drops the loader and its server-only import with it.
export async function loader(args: LoaderFunctionArgs) {
  return downloadLinkRoute((api) => api.claims.samplingDownload).loader(args);
}
export const meta = govukMeta(downloadLinkTitle("Download the claims to quality assure"));

export default function SamplingDownloadPage() {
  return (
    <DownloadLinkPage
      heading="Download the claims to quality assure"
      description="The file lists each mentor on your claims that need to be quality assured. Fill in the claim_accepted and rejection_reason columns for each mentor and return the file by the deadline in the email."
    />
  );
}
