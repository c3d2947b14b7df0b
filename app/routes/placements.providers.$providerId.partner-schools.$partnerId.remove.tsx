export { action, default, loader, meta } from "~/features/placements-partnerships/remove-partner-page";
