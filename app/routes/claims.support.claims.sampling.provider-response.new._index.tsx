import { providerResponseJourney } from "~/features/claims/support-sampling/sampling.server";

export const loader = providerResponseJourney.startLoader;
