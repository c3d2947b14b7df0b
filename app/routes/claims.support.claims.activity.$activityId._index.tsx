export {
  ActivityDetailPage as default,
  activityDetailLoader as loader,
  activityDetailMeta as meta,
} from "~/features/claims/support-payments/activity-page";
