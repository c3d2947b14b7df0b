export { default } from "~/features/organisations/placements-layout";
export { placementsSchoolLayoutLoader as loader } from "~/features/organisations/placements-organisation.server";
