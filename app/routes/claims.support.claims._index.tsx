export { default, loader, meta } from "~/features/claims/support-claims/claims-page";
