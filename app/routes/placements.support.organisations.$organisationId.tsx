export { default, loader, meta } from "~/features/support/placements-organisation-page";
