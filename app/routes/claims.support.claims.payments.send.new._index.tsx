export { sendStartLoader as loader } from "~/features/claims/support-payments/payments.server";
