export { action, default, loader, meta } from "~/features/claims/support-sampling/sampling-upload-page";
export { uploadHandle as handle } from "~/lib/body-limit.server";
