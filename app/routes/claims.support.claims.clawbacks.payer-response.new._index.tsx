import { clawbackResponseJourney } from "~/features/claims/support-clawbacks/clawbacks.server";

export const loader = clawbackResponseJourney.startLoader;
