export { action, default, loader, meta } from "~/features/placements-school/remove-placement-page";
