export { default, loader, action, meta } from "~/features/claims/claims/claim-wizard-page";
