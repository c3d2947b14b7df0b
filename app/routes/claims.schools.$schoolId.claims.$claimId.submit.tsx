export { default, loader, action, meta } from "~/features/claims/school-claims/submit-claim-page";
