import { samplingUploadJourney } from "~/features/claims/support-sampling/sampling.server";

export const loader = samplingUploadJourney.startLoader;
