export { action, default, loader, meta } from "~/features/placements-school/select-provider-page";
