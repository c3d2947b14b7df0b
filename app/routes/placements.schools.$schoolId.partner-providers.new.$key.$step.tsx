export { action, default, loader, meta } from "~/features/placements-partnerships/add-partner-page";
