export { default, loader, meta } from "~/features/claims/claims/confirmation-page";
