import { FindSchoolDetailsPage, findSchoolDetailsMeta } from "~/features/placements-provider/find-school-pages";
export { findSchoolDetailsLoader as loader } from "~/features/placements-provider/find-school.server";
export const meta = findSchoolDetailsMeta;
export default FindSchoolDetailsPage;
