export { schoolLandingLoader as loader } from "~/features/placements-school/school-layout.server";
export { default } from "~/components/layout/RedirectOnly";
