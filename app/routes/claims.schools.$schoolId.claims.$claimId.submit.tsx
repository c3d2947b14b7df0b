export { default, loader, action, meta } from "~/features/claims/claims/submit-claim-page";
