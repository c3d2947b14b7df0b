export { action, default, loader, meta } from "~/features/claims/support-clawbacks/request-clawback-page";
