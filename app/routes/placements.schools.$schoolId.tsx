export { default, loader } from "~/features/placements-school/school-layout";
