export { manualStartLoader as loader } from "~/features/support/add-organisation/manual-organisation.server";
export { default } from "~/components/layout/RedirectOnly";
