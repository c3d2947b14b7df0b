export { default, loader, meta } from "~/features/claims/school-claims/claims-list-page";
