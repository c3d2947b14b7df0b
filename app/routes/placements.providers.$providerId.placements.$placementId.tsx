export { default, loader, meta } from "~/features/placements-provider/my-placement-page";
