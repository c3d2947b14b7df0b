export { manualStartLoader as loader } from "~/features/organisations/manual-organisation.server";
export { default } from "~/components/layout/RedirectOnly";
