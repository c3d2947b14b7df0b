export { schoolContactStartLoader as loader } from "~/features/placements-school/school-contact.server";
export { default } from "~/components/layout/RedirectOnly";
