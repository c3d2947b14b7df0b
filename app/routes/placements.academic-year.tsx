export { action, default, loader, meta } from "~/features/placements/academic-year-page";
