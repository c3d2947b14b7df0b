export { default, loader, meta } from "~/features/claims/claims/rejected-page";
