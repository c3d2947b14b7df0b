export { default, loader, meta } from "~/features/claims/claims/claim-page";
