export { action, default, loader, meta } from "~/features/claims/support-sampling/provider-response-page";
export { uploadHandle as handle } from "~/lib/body-limit.server";
