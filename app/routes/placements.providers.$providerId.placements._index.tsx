export { default, meta } from "~/features/organisations/placements-list-page";
export { providerPlacementsLoader as loader } from "~/features/organisations/placements-organisation.server";
