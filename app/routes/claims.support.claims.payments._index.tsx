export { default, loader, meta } from "~/features/claims/support-payments/payments-page";
