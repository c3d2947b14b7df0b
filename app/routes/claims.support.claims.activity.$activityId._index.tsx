export {
  ActivityDetailPage as default,
  activityDetailMeta as meta,
} from "~/features/claims/support-payments/activity-page";
export { activityDetailLoader as loader } from "~/features/claims/support-payments/payments.server";
