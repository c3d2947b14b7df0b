export { resendPayerEmailAction as action } from "~/features/claims/support-payments/payments.server";
