export {
  ActivityPage as default,
  activityLoader as loader,
  activityMeta as meta,
} from "~/features/claims/support-payments/activity-page";
