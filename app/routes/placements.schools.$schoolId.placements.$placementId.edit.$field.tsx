export { action, default, loader, meta } from "~/features/placements-school/edit-placement-page";
