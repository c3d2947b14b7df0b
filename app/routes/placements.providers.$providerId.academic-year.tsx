export { default, meta, loader, action } from "~/features/placements-provider/academic-year-page";
