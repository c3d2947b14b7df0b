import { payerResponseJourney } from "~/features/claims/support-payments/payments.server";

export const loader = payerResponseJourney.startLoader;
