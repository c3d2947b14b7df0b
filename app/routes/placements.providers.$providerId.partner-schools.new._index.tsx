export { addPartnerStartLoader as loader } from "~/features/placements-partnerships/partnerships.server";
export { default } from "~/components/layout/RedirectOnly";
