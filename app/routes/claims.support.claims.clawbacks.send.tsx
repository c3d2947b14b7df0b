export { action, default, loader, meta } from "~/features/claims/support-clawbacks/send-clawbacks-page";
