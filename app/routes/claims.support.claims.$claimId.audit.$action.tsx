export { action, default, loader, meta } from "~/features/claims/support-sampling/audit-action-page";
