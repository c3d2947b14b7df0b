export { action, default, loader, meta } from "~/features/claims/support-payments/payment-action-page";
