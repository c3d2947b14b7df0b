export { action, default, loader, meta } from "~/features/placements-school/remove-provider-page";
