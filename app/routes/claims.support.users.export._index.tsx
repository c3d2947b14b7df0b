export { default, loader, meta } from "~/features/claims/support-user-export/user-export-page";
