export { action, default, loader, meta } from "~/features/claims/support-clawbacks/clawback-response-page";
export { uploadHandle as handle } from "~/lib/body-limit.server";
