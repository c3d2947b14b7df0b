export {
  publishPlacementAction as action,
  publishPlacementLoader as loader,
} from "~/features/placements-school/placement.server";
export { default } from "~/components/layout/RedirectOnly";
