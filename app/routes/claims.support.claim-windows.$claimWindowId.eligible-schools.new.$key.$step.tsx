export { action, default, loader, meta } from "~/features/claims/support-eligible-schools/eligible-schools-upload-page";
export { uploadHandle as handle } from "~/lib/body-limit.server";
