export { ActivityPage as default, activityMeta as meta } from "~/features/claims/support-payments/activity-page";
export { activityLoader as loader } from "~/features/claims/support-payments/payments.server";
