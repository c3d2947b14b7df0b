export { default, loader, meta } from "~/features/claims/support-claims/claim-page";
