export { default } from "~/features/placements-provider/find-school-layout";
export { findSchoolLayoutLoader as loader } from "~/features/placements-provider/find-school.server";
