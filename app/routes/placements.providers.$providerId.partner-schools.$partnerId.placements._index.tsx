export { default, loader, meta } from "~/features/placements-partnerships/partner-school-placements-page";
