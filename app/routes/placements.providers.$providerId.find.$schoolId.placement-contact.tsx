import { FindSchoolContactPage, findSchoolContactMeta } from "~/features/placements-provider/find-school-pages";
export { findSchoolContactLoader as loader } from "~/features/placements-provider/find-school.server";
export const meta = findSchoolContactMeta;
export default FindSchoolContactPage;
