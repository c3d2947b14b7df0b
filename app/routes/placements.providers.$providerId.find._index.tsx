export { default, meta, loader } from "~/features/placements-provider/find-page";
