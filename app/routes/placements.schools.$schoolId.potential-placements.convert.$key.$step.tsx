export { action, default, loader, meta } from "~/features/placements-school/placement-plan-page";
