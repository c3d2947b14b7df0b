export { addPlacementStartLoader as loader } from "~/features/placements-school/add-placement.server";
export { default } from "~/components/layout/RedirectOnly";
