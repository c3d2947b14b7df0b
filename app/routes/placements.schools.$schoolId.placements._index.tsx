export { default, loader, meta } from "~/features/placements-school/placements-list-page";
