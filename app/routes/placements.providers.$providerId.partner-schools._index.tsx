export { default, loader, meta } from "~/features/placements-partnerships/partners-list-page";
