export { default, loader, action, meta } from "~/features/claims/claims/remove-claim-page";
