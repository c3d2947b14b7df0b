export { default, loader, meta } from "~/features/claims/details/details-page";
