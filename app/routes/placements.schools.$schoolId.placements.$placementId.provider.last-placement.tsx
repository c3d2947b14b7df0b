export { action, default, loader, meta } from "~/features/placements-school/last-placement-page";
