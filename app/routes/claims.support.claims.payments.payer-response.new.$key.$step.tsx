export { action, default, loader, meta } from "~/features/claims/support-payments/payer-response-page";
export { uploadHandle as handle } from "~/lib/body-limit.server";
