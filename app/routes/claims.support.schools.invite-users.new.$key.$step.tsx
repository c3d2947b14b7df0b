export { action, default, loader, meta } from "~/features/claims/support-user-invites/school-user-invites-page";
export { uploadHandle as handle } from "~/lib/body-limit.server";
