export { default, loader, meta } from "~/features/claims/school-claims/confirmation-page";
