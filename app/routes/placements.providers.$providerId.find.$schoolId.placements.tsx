import { FindSchoolPlacementsPage, findSchoolPlacementsMeta } from "~/features/placements-provider/find-school-pages";
export { findSchoolPlacementsLoader as loader } from "~/features/placements-provider/find-school.server";
export const meta = findSchoolPlacementsMeta;
export default FindSchoolPlacementsPage;
