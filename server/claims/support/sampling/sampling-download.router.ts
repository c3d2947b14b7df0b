import { downloadLinkRouter } from "../../../shared/download-link/download-link.router.ts";
import { PROVIDER_SAMPLING_RECORD } from "./sampling.service.ts";

/**
 * `claims.samplingDownload.*`: a provider's audit file through the one-time link e-mailed to each of its addresses
 * (`/claims/sampling/claims?token=`). The first download is also recorded on the provider sampling.
 */
export const claimsSamplingDownloadRouter = downloadLinkRouter({
  recordType: PROVIDER_SAMPLING_RECORD,
  async file(tx, recordId, now) {
    await tx.providerSampling.updateMany({ where: { id: recordId, downloadedAt: null }, data: { downloadedAt: now } });
    const sampling = await tx.providerSampling.findUniqueOrThrow({
      where: { id: recordId },
      select: { csvFilename: true, csvContent: true },
    });
    return { filename: sampling.csvFilename ?? "quality_assurance_response.csv", content: sampling.csvContent ?? "" };
  },
});
