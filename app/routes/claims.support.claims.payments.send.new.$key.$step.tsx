export { action, default, loader, meta } from "~/features/claims/support-payments/send-claims-page";
