export { default, loader, action, meta } from "~/features/claims/claims/invalid-provider-wizard-page";
