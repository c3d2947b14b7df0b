export { default } from "~/features/organisations/placements-layout";
export { placementsProviderLayoutLoader as loader } from "~/features/organisations/placements-organisation.server";
