export { default, meta } from "~/features/placements-provider/placements-page";
export { providerPlacementsLoader as loader } from "~/features/placements-provider/placements.server";
