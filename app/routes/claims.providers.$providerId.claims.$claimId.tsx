export { default, loader, meta } from "~/features/claims/provider-portal/provider-claim-page";
