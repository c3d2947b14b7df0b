export { default, loader, action, meta } from "~/features/claims/school-claims/remove-claim-page";
