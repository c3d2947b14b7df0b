export { default, loader, meta } from "~/features/claims/provider-portal/providers-page";
