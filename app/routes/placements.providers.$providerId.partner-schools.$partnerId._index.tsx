export { default, loader, meta } from "~/features/placements-partnerships/partner-page";
