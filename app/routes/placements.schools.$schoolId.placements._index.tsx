export { default, meta } from "~/features/organisations/placements-list-page";
export { schoolPlacementsLoader as loader } from "~/features/organisations/placements-organisation.server";
