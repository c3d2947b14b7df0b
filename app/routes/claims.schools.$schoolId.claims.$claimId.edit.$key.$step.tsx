export { default, loader, action, meta } from "~/features/claims/school-claims/claim-wizard-page";
