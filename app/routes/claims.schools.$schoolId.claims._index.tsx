export { default, loader, meta } from "~/features/claims/claims/claims-list-page";
