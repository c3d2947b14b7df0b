export { action, default, loader, meta } from "~/features/placements-school/add-placement-page";
