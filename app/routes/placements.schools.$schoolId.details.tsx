export { default, loader, meta } from "~/features/placements-school/organisation-details-page";
