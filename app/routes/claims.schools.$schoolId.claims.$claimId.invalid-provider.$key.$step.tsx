export { default, loader, action, meta } from "~/features/claims/school-claims/invalid-provider-wizard-page";
