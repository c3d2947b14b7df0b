export { activityCsvLoader as loader } from "~/features/claims/support-payments/payments.server";
