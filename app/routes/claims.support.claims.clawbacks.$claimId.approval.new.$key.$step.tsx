export { action, default, loader, meta } from "~/features/claims/support-clawbacks/approve-clawback-page";
