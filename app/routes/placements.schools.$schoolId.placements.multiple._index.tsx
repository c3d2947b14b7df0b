export { bulkAddStartLoader as loader } from "~/features/placements-school/placement-plan.server";
export { default } from "~/components/layout/RedirectOnly";
