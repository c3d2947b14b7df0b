export { default, loader, meta } from "~/features/placements-school/placement-preview-page";
